package org.essmarket.devstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.keycloak.ClientCredentials;

/**
 * {@code ./marketplace seed}, and {@code up} while a demo supplier acts for no structure: makes each
 * demo supplier a member of the real imported SIAE structure it acts for ({@link DemoUser#actsFor}).
 * Its Keycloak id is learnt from its own token (the realm's password-grant test client, which only
 * the demo realm has, so this cannot work against a production realm); supplier-service attaches it
 * ({@code POST /internal/seed/demo-members} as its own service account), once. {@code port}: supplier-service's.
 */
record DemoMemberships(String issuer, int port, PrintStream out) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LEGAL_NAME = Pattern.compile("\"legalName\"\\s*:\\s*\"([^\"]*)\"");

    /** True when a demo supplier is a member of no structure yet (a fresh platform). */
    boolean someoneActsForNothing() {
        return DemoUsers.SUPPLIERS.stream().anyMatch(user -> send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/suppliers/mine?size=1"))
                .header("Authorization", "Bearer " + token(user)).GET()).body().contains("\"totalElements\":0"));
    }

    void run() {
        String service = ClientCredentials.serviceToken(issuer, "supplier-service",
                DemoUsers.serviceClientSecret("supplier-service"));
        for (DemoUser user : DemoUsers.SUPPLIERS) {
            String body = "{\"siret\": \"" + user.actsFor() + "\", \"userId\": \""
                    + ClientCredentials.subjectOf(token(user)) + "\"}";
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/internal/seed/demo-members"))
                    .header("Authorization", "Bearer " + service).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("supplier-service did not make " + user.username() + " a member of "
                        + user.actsFor() + ": HTTP " + response.statusCode() + " " + response.body());
            }
            Matcher name = LEGAL_NAME.matcher(response.body());
            out.printf("  %s acts for %s (SIRET %s)%s%n", user.username(), name.find() ? name.group(1) : "?",
                    user.actsFor(), response.body().contains("\"added\":true") ? "" : ", already");
        }
    }

    private String token(DemoUser user) {
        return ClientCredentials.userToken(issuer, DemoUsers.TEST_CLIENT, DemoUsers.TEST_CLIENT_SECRET,
                user.username(), user.password());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("supplier-service does not answer: is the marketplace up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
