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
 * {@code ./marketplace seed}, and {@code up} on an empty platform: asks a service to import its demo
 * data from real open data (as the service's own account) and shows the import's streamed
 * progress ({@code progress 12/39} lines) as a bar, then the service's summary.
 */
final class DemoDataImport {

    private static final Pattern PROGRESS = Pattern.compile("progress (\\d+)/(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String issuer;
    private final String service;
    private final int port;
    private final String publicList;
    private final String importPath;
    private final String what;
    private final PrintStream out;

    private DemoDataImport(String issuer, String service, int port, String publicList, String importPath, String what,
            PrintStream out) {
        this.issuer = issuer;
        this.service = service;
        this.port = port;
        this.publicList = publicList;
        this.importPath = importPath;
        this.what = what;
        this.out = out;
    }

    /** The real SIAE structures and ESAT sites, into supplier-service's directory. */
    static DemoDataImport suppliers(String issuer, int port, PrintStream out) {
        return new DemoDataImport(issuer, "supplier-service", port, "/api/v1/suppliers", "/internal/seed/structures",
                "SIAE structures and ESAT sites", out);
    }

    /** Demo tenders curated from real DECP and BOAMP data, into tender-service. */
    static DemoDataImport tenders(String issuer, int port, PrintStream out) {
        return new DemoDataImport(issuer, "tender-service", port, "/api/v1/tenders", "/internal/seed/tenders",
                "demo tenders", out);
    }

    String what() {
        return what;
    }

    /** True when the service's public list is empty, i.e. nothing was imported yet. */
    boolean isEmpty() {
        String body = send(HttpRequest.newBuilder(base().resolve(publicList + "?size=1")).GET(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.contains("\"totalElements\":0");
    }

    void run() {
        String token = ClientCredentials.serviceToken(issuer, service, DemoUsers.serviceClientSecret(service));
        HttpResponse<Stream<String>> response = send(HttpRequest.newBuilder(base().resolve(importPath))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(service + " refused the import: HTTP " + response.statusCode());
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
                out.printf("\r  importing %s [%-30s] %d/%d", what, "#".repeat(done * 30 / total), done, total);
            } else if (tenth != lastTenth) {
                out.printf("  importing %s: %d/%d%n", what, done, total);
            }
            lastTenth = tenth;
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(service + " does not answer: is the marketplace up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
