package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.e2e.OpenApiDocument.Operation;
import org.essmarket.e2e.RequestGenerator.FuzzRequest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * API fuzzing from the OpenAPI documents (issue #19): every operation of every service, through the gateway of the
 * {@link WebPlatform}, gets generated requests — well-formed ones and ones with a parameter, the body or a header
 * broken — as anonymous and as each demo role, with ids of the platform's real objects (often another user's).
 *
 * <p>The oracle: never a 5xx nor a call left unanswered; every answer is one the document gives for the operation
 * (status, media type and body schema: an undocumented status is a failure); errors are problem+json; no answer
 * shows a stack trace, a class name or the host's name.
 *
 * <p>The generator is hand-written over the documents with a fixed seed: jqwik's generators run only inside its
 * own engine, built for JUnit Platform 1 (this build is on 6), and no maintained OpenAPI fuzzer is served here.
 * {@code -Dfuzz.requests=100000} runs the long mode, {@code -Dfuzz.seed=N} another sequence; the figures are
 * written to {@code e2e/target/fuzz-results.md} (the long run's are kept in {@code benchmarks/fuzz-results.md}).
 */
@Order(WebPlatform.API_FUZZING)
class OpenApiFuzzIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform();

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_208L);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    /** Tokens are asked again before Keycloak's access tokens (5 minutes) expire. */
    private static final Duration TOKENS_RENEWED_EVERY = Duration.ofMinutes(2);
    private static final Pattern LEAK = Pattern.compile("\\tat |\\.java:\\d|Exception[:\\s]|org\\.essmarket\\.|org\\.springframework\\.|com\\.mongodb");

    /** HTTP/1.1 as the web client's browsers speak it over http (no h2c upgrade attempts). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ANSWER_WITHIN).build();
    private final DevstackLayout layout = DevstackLayout.detect();

    /** An operation and the generator of its requests. */
    private record Target(OpenApiDocument document, Operation operation, RequestGenerator generator) {
    }

    /** One failure of the oracle: what was sent, by whom, and what came back. */
    private record Finding(String operation, String kind, String request, String answer) {
    }

    @Test
    void no_generated_request_gets_a_server_error_or_an_undocumented_answer() throws Exception {
        LaunchedPlatform platform = PLATFORM.platform();
        List<OpenApiDocument> documents;
        try (Stream<Path> files = Files.list(layout.projectRoot().resolve("web/openapi"))) {
            documents = files.filter(file -> file.toString().endsWith(".json")).sorted().map(OpenApiDocument::read).toList();
        }
        Callers callers = new Callers(platform);
        Map<String, List<String>> knownIds = knownIds(platform.gateway(), callers);

        List<Target> targets = new ArrayList<>();
        for (OpenApiDocument document : documents) {
            RequestGenerator generator = new RequestGenerator(SEED + document.name().hashCode(), document, knownIds);
            document.operations().forEach(operation -> targets.add(new Target(document, operation, generator)));
        }
        assertThat(targets).as("operations in web/openapi/*.json").hasSizeGreaterThan(50);

        String hostName = InetAddress.getLocalHost().getHostName();
        Random who = new Random(SEED);
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        Map<String, Finding> findings = new LinkedHashMap<>(); // the first of each kind per operation
        int failures = 0;
        for (int sent = 0; sent < REQUESTS; sent++) {
            Target target = targets.get(sent % targets.size());
            FuzzRequest request = target.generator().next(target.operation());
            String caller = callers.names().get(who.nextInt(callers.names().size()));
            String described = caller + " " + request.method() + " " + request.target() + " (broken: " + request.broken() + ")";
            List<String> wrong = new ArrayList<>();
            int status;
            try {
                HttpResponse<String> answer = send(platform, request, callers.token(caller));
                status = answer.statusCode();
                wrong.addAll(deviations(target, answer, hostName));
            } catch (HttpTimeoutException e) {
                status = 0;
                wrong.add("no answer within " + ANSWER_WITHIN.toSeconds() + " s");
            }
            statuses.computeIfAbsent(target.operation().name(), name -> new TreeMap<>()).merge(status, 1, Integer::sum);
            if (!wrong.isEmpty()) {
                failures++;
                findings.putIfAbsent(target.operation().name() + " " + wrong.getFirst(),
                        new Finding(target.operation().name(), wrong.getFirst(), described, status + " " + wrong));
            }
        }

        String report = report(statuses, failures);
        System.out.println(report);
        Path written = layout.projectRoot().resolve("e2e/target/fuzz-results.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, report, StandardCharsets.UTF_8);
        assertThat(findings.values()).as("%d of %d generated requests failed the oracle; the first of each kind:", failures,
                REQUESTS).isEmpty();
    }

    private HttpResponse<String> send(LaunchedPlatform platform, FuzzRequest request, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port("GATEWAY_PORT")
                        + request.target()))
                .timeout(ANSWER_WITHIN)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the oracle finds wrong with one answer; empty when nothing. */
    private static List<String> deviations(Target target, HttpResponse<String> answer, String hostName) {
        List<String> wrong = new ArrayList<>();
        int status = answer.statusCode();
        String contentType = answer.headers().firstValue("Content-Type").orElse(null);
        String body = answer.body();
        if (status >= 500) {
            wrong.add("server error " + status);
        }
        if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            wrong.add("an error that is not problem+json but " + contentType);
        }
        if (LEAK.matcher(body).find() || (hostName.length() >= 5 && !hostName.equals("localhost") && body.contains(hostName))) {
            wrong.add("an answer that shows the platform's insides");
        }
        wrong.addAll(target.document().deviations(target.operation(), status, contentType, body));
        return wrong;
    }

    /** The ids of the platform's real objects, by kind, as the demo users see them: the generator's well-formed ids. */
    private static Map<String, List<String>> knownIds(ApiClient gateway, Callers callers) {
        Map<String, List<String>> ids = new HashMap<>();
        String buyer = callers.token("acheteur");
        String supplier = callers.token("fournisseur1");
        String otherSupplier = callers.token("fournisseur2");
        ids.put("tenders", idsIn(gateway.get("/api/v1/tenders?size=50", buyer), gateway.get("/api/v1/tenders/mine?size=50", buyer)));
        ids.put("suppliers", idsIn(gateway.get("/api/v1/suppliers?size=50", null), gateway.get("/api/v1/suppliers/mine", supplier),
                gateway.get("/api/v1/suppliers/mine", otherSupplier)));
        ids.put("consortia", idsIn(gateway.get("/api/v1/consortia", supplier), gateway.get("/api/v1/consortia", otherSupplier)));
        ids.put("notifications", idsIn(gateway.get("/api/v1/notifications", supplier)));
        ids.put("saved-searches", idsIn(gateway.get("/api/v1/search/saved-searches", supplier)));
        List<Response> perTender = new ArrayList<>();
        ids.get("tenders").stream().limit(10).forEach(tender -> {
            perTender.add(gateway.get("/api/v1/tenders/" + tender + "/documents", buyer));
            perTender.add(gateway.get("/api/v1/tenders/" + tender + "/questions", buyer));
            perTender.add(gateway.get("/api/v1/tenders/" + tender + "/bids", buyer));
        });
        List<String> nested = idsIn(perTender.toArray(Response[]::new));
        Stream.of("documents", "questions", "bids").forEach(kind -> ids.put(kind, nested));
        ids.put("users", callers.subjects());
        ids.put("type", List.of("tenders", "suppliers"));
        return ids;
    }

    private static List<String> idsIn(Response... responses) {
        return Stream.of(responses).filter(response -> response.status() == 200)
                .flatMap(response -> response.json().findValues("id").stream())
                .filter(JsonNode::isString).map(JsonNode::asString).distinct().toList();
    }

    /** The per-operation table: requests and the statuses they got. */
    private static String report(Map<String, Map<Integer, Integer>> statuses, int failures) {
        StringBuilder report = new StringBuilder("# API fuzzing from the OpenAPI documents\n\n");
        int total = statuses.values().stream().flatMap(counts -> counts.values().stream()).mapToInt(Integer::intValue).sum();
        long serverErrors = statuses.values().stream().flatMap(counts -> counts.entrySet().stream())
                .filter(count -> count.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        report.append("Seed ").append(SEED).append(", ").append(total).append(" requests over ").append(statuses.size())
                .append(" operations through the gateway; 5xx: ").append(serverErrors).append("; oracle failures: ")
                .append(failures).append(" (status 0: no answer).\n\n| operation | requests | statuses |\n|---|---:|---|\n");
        statuses.forEach((operation, counts) -> report.append("| ").append(operation).append(" | ")
                .append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                .append(String.join(", ", counts.entrySet().stream().map(count -> count.getKey() + " × " + count.getValue()).toList()))
                .append(" |\n"));
        return report.toString();
    }

    /** Who calls: anonymous and each demo user, with a token renewed before it expires. */
    private static final class Callers {

        private static final String ANONYMOUS = "anonyme";

        private final LaunchedPlatform platform;
        private final Map<String, DemoUser> users = new LinkedHashMap<>();
        private final Map<String, String> tokens = new HashMap<>();
        private long renewedAt;

        Callers(LaunchedPlatform platform) {
            this.platform = platform;
            DemoUsers.ALL.forEach(user -> users.put(user.username(), user));
            renew();
        }

        List<String> names() {
            List<String> names = new ArrayList<>(users.keySet());
            names.add(ANONYMOUS);
            return names;
        }

        String token(String name) {
            if (System.nanoTime() - renewedAt > TOKENS_RENEWED_EVERY.toNanos()) {
                renew();
            }
            return tokens.get(name);
        }

        /** The demo users' Keycloak ids (the {@code sub} of their tokens): the ids of users the API names. */
        List<String> subjects() {
            return users.keySet().stream().map(name -> {
                String payload = tokens.get(name).split("\\.")[1];
                return ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(payload)).path("sub").asString();
            }).toList();
        }

        private void renew() {
            users.forEach((name, user) -> tokens.put(name, platform.token(user)));
            renewedAt = System.nanoTime();
        }
    }
}
