package org.essmarket.devstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.keycloak.ClientCredentials;

/**
 * {@code ./marketplace seed}: asks supplier-service to import the real SIAE structures (as its own
 * service account) and shows the import's progress as a bar.
 */
final class SupplierSeed {

    private static final Pattern PROGRESS = Pattern.compile("progress (\\d+)/(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String issuer;
    private final int supplierServicePort;
    private final PrintStream out;

    SupplierSeed(String issuer, int supplierServicePort, PrintStream out) {
        this.issuer = issuer;
        this.supplierServicePort = supplierServicePort;
        this.out = out;
    }

    /** True when the public directory is empty, i.e. nothing was imported yet. */
    boolean directoryIsEmpty() {
        String body = send(HttpRequest.newBuilder(base().resolve("/api/v1/suppliers?size=1")).GET(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.contains("\"totalElements\":0");
    }

    void importSiaeStructures() {
        String token = ClientCredentials.serviceToken(issuer, "supplier-service",
                DemoUsers.serviceClientSecret("supplier-service"));
        HttpResponse<Stream<String>> response = send(HttpRequest.newBuilder(base().resolve("/internal/seed/siae"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("supplier-service refused the import: HTTP " + response.statusCode());
        }
        boolean console = System.console() != null;
        int lastTenth = -1;
        for (Iterator<String> lines = response.body().iterator(); lines.hasNext();) {
            String line = lines.next();
            Matcher progress = PROGRESS.matcher(line);
            if (!progress.matches()) {
                out.println((console ? "\n" : "") + "  " + line);
                console = false;
                continue;
            }
            int done = Integer.parseInt(progress.group(1));
            int total = Integer.parseInt(progress.group(2));
            int tenth = done * 10 / total;
            if (console) {
                out.printf("\r  importing SIAE structures [%-30s] %d/%d", "#".repeat(done * 30 / total), done, total);
            } else if (tenth != lastTenth) {
                out.printf("  importing SIAE structures: %d/%d%n", done, total);
            }
            lastTenth = tenth;
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + supplierServicePort);
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException("supplier-service does not answer: is the marketplace up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
