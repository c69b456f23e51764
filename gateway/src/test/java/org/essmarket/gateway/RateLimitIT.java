package org.essmarket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Floods get 429 with Retry-After, per caller: an anonymous flood does not stop a signed-in user,
 * nor another anonymous client behind the same proxy.
 * (Anonymous calls to private routes are answered 401 by the security chain before any limit.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "essmarket.rate-limit.anonymous-requests-per-minute=5",
        "essmarket.rate-limit.user-requests-per-minute=8" })
@ContextConfiguration(initializers = KeycloakInitializer.class)
class RateLimitIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_flood_gets_429_with_retry_after_and_other_callers_are_not_affected() throws Exception {
        List<Integer> anonymous = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = get(null);
            anonymous.add(last.statusCode());
        }

        assertThat(anonymous.subList(0, 5)).doesNotContain(429);
        assertThat(anonymous.subList(5, 7)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        assertThat(get(supplier).statusCode()).as("a signed-in user has its own allowance").isNotEqualTo(429);
    }

    @Test
    void anonymous_clients_behind_the_proxy_are_counted_apart_by_the_address_it_forwards() throws Exception {
        // This test calls from loopback, a trusted proxy by default, as the ingress would.
        for (int i = 0; i < 6; i++) {
            forwardedFor("203.0.113.40");
        }
        assertThat(forwardedFor("203.0.113.40").statusCode()).isEqualTo(429);
        assertThat(forwardedFor("203.0.113.41").statusCode()).as("another client").isNotEqualTo(429);
    }

    private HttpResponse<String> forwardedFor(String client) throws IOException, InterruptedException {
        return send(request().header("X-Forwarded-For", client));
    }

    private HttpResponse<String> get(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = request();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search/suppliers"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
