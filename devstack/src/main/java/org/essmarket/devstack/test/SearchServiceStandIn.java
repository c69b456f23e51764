package org.essmarket.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * search-service's bulk index endpoint ({@code POST /internal/index/{type}}) at its HTTP boundary,
 * for testing an owner's relay (DESIGN.md §4) without Elasticsearch: it records each push with the
 * caller's token claims, answers every entry as done, and can refuse the next pushes with 503 as a
 * search-service that is down would, or answer chosen entries FAILED as one that cannot index them.
 */
public final class SearchServiceStandIn implements AutoCloseable {

    /** One accepted push: its request line, its body as JSON, and the claims of its bearer token. */
    public record Push(String request, JsonNode body, JsonNode claims) {

        /** The entry of this push for {@code id} ({@code id}, {@code version}, then {@code document} or {@code removed}). */
        public Optional<JsonNode> entry(String id) {
            for (JsonNode entry : body.path("documents")) {
                if (entry.path("id").asString().equals(id)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }
    }

    private final HttpServer server;
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private volatile Predicate<JsonNode> failing = entry -> false;

    private SearchServiceStandIn(HttpServer server) {
        this.server = server;
    }

    public static SearchServiceStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SearchServiceStandIn standIn = new SearchServiceStandIn(server);
            server.createContext("/internal/index/", standIn::answer);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Points the service under test at this stand-in, and makes its relay try every 200 ms. */
    public void serveFor(DynamicPropertyRegistry registry) {
        registry.add("essmarket.search-service.url", this::url);
        registry.add("essmarket.search-sync.interval", () -> "200ms");
    }

    /** The next {@code count} pushes get 503 and are not recorded. */
    public void refuseNext(int count) {
        refusalsLeft.set(count);
    }

    /** Entries matching {@code which} are answered FAILED (recorded all the same) until told otherwise. */
    public void failEntries(Predicate<JsonNode> which) {
        failing = which;
    }

    public int refusalsLeft() {
        return refusalsLeft.get();
    }

    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    /** The entries pushed for {@code id}, oldest first. */
    public List<JsonNode> entriesFor(String id) {
        return pushes.stream().flatMap(push -> push.entry(id).stream()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            JsonNode body = ApiClient.JSON.readTree(exchange.getRequestBody().readAllBytes());
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            JsonNode claims = ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            pushes.add(new Push(exchange.getRequestMethod() + " " + exchange.getRequestURI(), body, claims));
            StringBuilder results = new StringBuilder("{\"results\": [");
            for (JsonNode document : body.path("documents")) {
                results.append(results.charAt(results.length() - 1) == '[' ? "" : ",")
                        .append("{\"id\": ").append(ApiClient.JSON.writeValueAsString(document.path("id").asString()))
                        .append(", \"outcome\": \"").append(failing.test(document) ? "FAILED" : "INDEXED").append("\"}");
            }
            byte[] answer = results.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
