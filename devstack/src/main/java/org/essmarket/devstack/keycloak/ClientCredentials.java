package org.essmarket.devstack.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Gets an access token from the marketplace realm's token endpoint (any grant the client allows). */
public final class ClientCredentials {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClientCredentials() {
    }

    /** A service account's token (client-credentials grant). */
    public static String serviceToken(String issuer, String clientId, String secret) {
        return token(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A user's token (password grant, which only the demo realm's test clients have), with the openid scope. */
    public static String userToken(String issuer, String clientId, String secret, String username, String password) {
        return token(issuer, Map.of("grant_type", "password", "client_id", clientId, "client_secret", secret,
                "username", username, "password", password, "scope", "openid"));
    }

    /** The Keycloak subject (user id, {@code sub}) a token is for; its signature is not checked. */
    public static String subjectOf(String token) {
        String[] parts = token.split("\\.");
        String payload = parts.length == 3
                ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
        Matcher subject = SUBJECT.matcher(payload);
        if (!subject.find()) {
            throw new IllegalStateException("The token names no subject (sub)");
        }
        return subject.group(1);
    }

    /** A token for the grant described by {@code form}, from {@code issuer}'s token endpoint. */
    public static String token(String issuer, Map<String, String> form) {
        URI tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token from " + tokenEndpoint + ": " + response.statusCode() + " "
                        + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
