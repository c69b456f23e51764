package org.essmarket.devstack.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service promises about its authenticated API (DESIGN.md §5), checked with real
 * tokens from the test Keycloak against the running app. A service's IT extends this class, is a
 * {@link ServiceIntegrationTest}, and names one endpoint, a user allowed to call it and a token
 * whose roles do not allow it.
 */
public abstract class SecuredEndpointContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private final String endpoint;
    private final DemoUser allowedUser;
    private final Supplier<String> tokenWithWrongRole;

    /**
     * @param endpoint an authenticated GET endpoint that reads from the service's store
     * @param tokenWithWrongRole a valid marketplace token whose roles do not allow the endpoint
     */
    protected SecuredEndpointContract(String endpoint, DemoUser allowedUser, Supplier<String> tokenWithWrongRole) {
        this.endpoint = endpoint;
        this.allowedUser = allowedUser;
        this.tokenWithWrongRole = tokenWithWrongRole;
    }

    /** Service accounts call {@code /internal/**}; the user API is not theirs. */
    protected static String serviceAccountToken(String serviceClientId) {
        return Tokens.forClient(serviceClientId, DemoUsers.serviceClientSecret(serviceClientId));
    }

    @Test
    void answers_200_to_a_user_with_the_right_role() {
        HttpResponse<String> response = get(endpoint, Tokens.forUser(allowedUser));

        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("\"totalElements\""), "a page with its total: " + response.body());
    }

    @Test
    void answers_401_problem_without_a_token() {
        HttpResponse<String> response = get(endpoint, null);

        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                "tells the client to send a bearer token");
    }

    @Test
    void answers_401_to_a_token_for_another_audience() {
        String otherAudience = Tokens.forClient(DemoUsers.OTHER_AUDIENCE_CLIENT, DemoUsers.OTHER_AUDIENCE_CLIENT_SECRET);

        assertProblem(get(endpoint, otherAudience), 401);
    }

    @Test
    void answers_401_to_a_tampered_token() {
        String token = Tokens.forUser(allowedUser);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "x." + parts[2];

        assertProblem(get(endpoint, tampered), 401);
    }

    @Test
    void answers_403_to_a_token_with_the_wrong_role() {
        assertProblem(get(endpoint, tokenWithWrongRole.get()), 403);
    }

    @Test
    void answers_with_the_request_id_it_was_given_or_a_new_one() {
        HttpRequest.Builder given = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint))
                .header("X-Request-Id", "req-123");
        assertEquals("req-123", send(given, null).headers().firstValue("X-Request-Id").orElse(null));
        assertTrue(get(endpoint, null).headers().firstValue("X-Request-Id").isPresent(), "a new one when none given");
    }

    @Test
    void exposes_readiness_metrics_and_its_api_document_to_operators() {
        assertEquals(200, get("/actuator/health/readiness", null).statusCode(), "readiness");
        assertEquals(200, get("/actuator/health/liveness", null).statusCode(), "liveness");
        assertTrue(get("/actuator/prometheus", null).body().contains("jvm_memory_used_bytes"), "Prometheus metrics");
        HttpResponse<String> apiDocs = get("/v3/api-docs", null);
        assertEquals(200, apiDocs.statusCode(), "OpenAPI document");
        assertTrue(apiDocs.body().contains(endpoint), "the document describes " + endpoint);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json, got " + response.headers().firstValue("Content-Type"));
        assertTrue(response.body().contains("\"status\":" + status), response.body());
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The app did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
