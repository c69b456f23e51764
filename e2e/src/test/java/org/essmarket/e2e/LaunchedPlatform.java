package org.essmarket.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.keycloak.ClientCredentials;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.test.ApiClient;

/**
 * The whole platform as {@code ./marketplace} starts it: the launcher the script execs, on free
 * ports of its own and in its own folder ({@code MARKETPLACE_HOME} under {@code e2e/target/}), so
 * that it never meets a developer's running platform nor another e2e class's. Each IT class makes
 * one, starts it in its {@code @BeforeAll} and stops it in its {@code @AfterAll}.
 */
final class LaunchedPlatform {

    /** The port variables the launcher reads, each given a free port. */
    static final List<String> PORT_VARIABLES = List.of("GATEWAY_PORT", "GATEWAY_MANAGEMENT_PORT", "SUPPLIER_SERVICE_PORT",
            "TENDER_SERVICE_PORT", "CONSORTIUM_SERVICE_PORT", "SEARCH_SERVICE_PORT", "KEYCLOAK_PORT",
            "KEYCLOAK_MANAGEMENT_PORT", "ELASTICSEARCH_PORT", "ELASTICSEARCH_TRANSPORT_PORT", "MONGO_PORT", "MAIL_SMTP_PORT",
            "MAIL_INBOX_PORT");

    /** What the launcher said, and its exit code. */
    record Run(int exit, String output) {
    }

    private final DevstackLayout layout = DevstackLayout.detect();
    private final Path home;
    private final Map<String, String> ports = new LinkedHashMap<>();
    private final Map<String, String> environment;

    /**
     * @param folder the platform's folder under {@code e2e/target/}
     * @param environment settings every launcher run gets (and so every component), e.g. low rate limits
     */
    LaunchedPlatform(String folder, Map<String, String> environment) {
        this.home = layout.projectRoot().resolve("e2e/target").resolve(folder);
        this.environment = Map.copyOf(environment);
        for (String variable : PORT_VARIABLES) {
            String port;
            do { // a port just freed can be handed out twice: each component needs its own
                port = Integer.toString(Ports.freePort());
            } while (ports.containsValue(port));
            ports.put(variable, port);
        }
    }

    Path home() {
        return home;
    }

    /** The port variables and their ports (read-only). */
    Map<String, String> ports() {
        return Collections.unmodifiableMap(ports);
    }

    int port(String variable) {
        return Integer.parseInt(ports.get(variable));
    }

    ApiClient gateway() {
        return new ApiClient(port("GATEWAY_PORT"));
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + ports.get("KEYCLOAK_PORT");
    }

    /** The issuer of this platform's tokens. */
    String issuer() {
        return keycloakUrl() + "/realms/marketplace";
    }

    /**
     * A demo user's token from this platform's Keycloak. (Tokens.forUser asks the Keycloak the first
     * test of the JVM named, which is another platform's when several IT classes run in one JVM.)
     */
    String token(DemoUser user) {
        return Tokens.forUser(user, issuer());
    }

    /** A client's token (client-credentials grant) from this platform's Keycloak. */
    String clientToken(String clientId, String secret) {
        return ClientCredentials.serviceToken(issuer(), clientId, secret);
    }

    /** A first up, as a new user's: whatever an earlier (interrupted) run left is stopped and removed. */
    void forgetEarlierRuns() throws Exception {
        if (Files.exists(home)) {
            marketplace("down");
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The processes started from this platform's folder. */
    List<String> ourProcesses() {
        String marker = home.toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker)
                        || process.info().arguments().map(args -> String.join(" ", args).contains(marker)).orElse(false))
                .map(process -> process.pid() + " " + process.info().commandLine().orElse(""))
                .toList();
    }

    Run marketplace(String... args) throws Exception {
        return marketplace(Map.of(), args);
    }

    /** Runs the launcher exactly as ./marketplace execs it, with this platform's ports, folder and settings. */
    Run marketplace(Map<String, String> overrides, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddevstack.root=" + layout.projectRoot(), "-jar", layout.devstackJar().toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("marketplace-" + args[0], ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(ports);
        builder.environment().putAll(environment);
        builder.environment().putAll(overrides);
        builder.environment().put("MARKETPLACE_HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println("./marketplace " + String.join(" ", args) + " ->\n" + text);
        return new Run(process.exitValue(), text);
    }
}
