package org.essmarket.e2e.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.essmarket.devstack.DevstackLayout;

/**
 * The running platform a benchmark measures: the ports of {@code ./marketplace up}, changed by the
 * same environment variables (GATEWAY_PORT, SEARCH_SERVICE_PORT, ...), and its folder
 * (MARKETPLACE_HOME), where the gateway's pid file is.
 */
public record Platform(int gateway, int gatewayManagement, int supplierService, int searchService, int keycloak,
        DevstackLayout layout) {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    public static Platform fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new Platform(port(env, "GATEWAY_PORT", 8080), port(env, "GATEWAY_MANAGEMENT_PORT", 8090),
                port(env, "SUPPLIER_SERVICE_PORT", 8081), port(env, "SEARCH_SERVICE_PORT", 8084),
                port(env, "KEYCLOAK_PORT", 8180), DevstackLayout.detect());
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    public URI gateway(String path) {
        return local(gateway, path);
    }

    public URI searchService(String path) {
        return local(searchService, path);
    }

    public URI supplierService(String path) {
        return local(supplierService, path);
    }

    public String issuer() {
        return "http://127.0.0.1:" + keycloak + "/realms/marketplace";
    }

    public Path gatewayPidFile() {
        return layout.run().resolve("gateway.pid");
    }

    /**
     * The heap and JIT options a component of the platform runs with, from its command line, e.g.
     * the launcher's small heaps and C1-only JIT: they weigh on every figure.
     */
    public String jvmOptions(String component) {
        try {
            long pid = Long.parseLong(Files.readString(layout.run().resolve(component + ".pid")).trim());
            String[] arguments = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\u0000");
            return Arrays.stream(arguments).filter(argument -> argument.startsWith("-Xm") || argument.startsWith("-XX:TieredStopAtLevel"))
                    .collect(Collectors.joining(" "));
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Where results files go: benchmarks/ at the project root. */
    public Path resultsFolder() {
        return layout.projectRoot().resolve("benchmarks");
    }

    /** Waits for the components a benchmark calls, saying which; fails with how to start them. */
    public void awaitReady(PrintStream out) {
        await(out, "Keycloak", URI.create(issuer() + "/.well-known/openid-configuration"));
        await(out, "supplier-service", supplierService("/actuator/health/readiness"));
        await(out, "search-service", searchService("/actuator/health/readiness"));
        await(out, "gateway", local(gatewayManagement, "/actuator/health/readiness"));
    }

    private static void await(PrintStream out, String component, URI probe) {
        out.println("  waiting for " + component + " (" + probe + ")");
        Instant giveUp = Instant.now().plus(READY_WITHIN);
        while (true) {
            try {
                if (Api.HTTP.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(component + " is not ready at " + probe + " after " + READY_WITHIN.toSeconds()
                        + " s. Start the platform first (./marketplace up, with the same port variables), then run the benchmark again.");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static URI local(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
