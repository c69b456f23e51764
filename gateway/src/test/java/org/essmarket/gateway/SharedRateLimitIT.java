package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Two gateway nodes sharing one real Redis: a signed-in user has one allowance, whichever node
 * the calls reach. While Redis is down, requests are still answered at once and each node counts
 * on its own; when Redis is back, the nodes share again.
 */
class SharedRateLimitIT {

    private static final int PER_MINUTE = 6;
    /** Far longer than the Redis timeout (250 ms): a request held up by Redis would fail the test. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static final WireMockServer searchService = PartnerServices.start();
    private static LocalRedis redis;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesSharingRedis() {
        searchService.stubFor(get("/api/v1/search/suppliers").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"content\":[]}")));
        redis = LocalRedis.started();
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopAll() {
        nodeA.close();
        nodeB.close();
        redis.close();
        searchService.stop();
    }

    @Test
    void a_user_has_one_allowance_whichever_node_answers() {
        String user = Tokens.forUser(DemoUsers.SUPPLIER);

        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < PER_MINUTE; i++) {
            allowed.add(search(i % 2 == 0 ? nodeA : nodeB, user).statusCode());
        }

        assertThat(allowed).containsOnly(200);
        HttpResponse<String> refused = search(nodeA, user);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(search(nodeB, user).statusCode()).as("the other node knows the allowance is spent").isEqualTo(429);
    }

    @Test
    void a_redis_outage_neither_holds_requests_up_nor_lifts_the_limits() throws Exception {
        String user = Tokens.forUser(DemoUsers.BUYER);
        redis.stop();
        try {
            assertThat(statuses(nodeA, user, PER_MINUTE)).as("answered at once, counted on node A").containsOnly(200);
            assertThat(search(nodeA, user).statusCode()).as("node A still limits the user").isEqualTo(429);
            assertThat(statuses(nodeB, user, PER_MINUTE)).as("node B counts on its own meanwhile").containsOnly(200);
        } finally {
            redis.start();
        }

        // Node A's own count is spent: a 200 from it means it counts in the (new, empty) Redis again.
        Instant giveUp = Instant.now().plusSeconds(30);
        while (search(nodeA, user).statusCode() == 429) {
            assertThat(Instant.now()).as("node A counts in Redis again after the restart").isBefore(giveUp);
            Thread.sleep(200);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 1; i < PER_MINUTE; i++) {
            rest.add(search(i % 2 == 0 ? nodeA : nodeB, user).statusCode());
        }
        assertThat(rest).as("the two nodes share the allowance again").containsOnly(200);
        assertThat(search(nodeB, user).statusCode()).isEqualTo(429);
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new KeycloakInitializer())
                // Default properties: they fill application.yml's ${...} placeholders, as the environment would.
                .properties(
                        "SERVER_PORT=0",
                        "MANAGEMENT_PORT=0",
                        "SEARCH_SERVICE_URL=" + searchService.baseUrl(),
                        "RATE_LIMIT_USER_PER_MINUTE=" + PER_MINUTE,
                        "RATE_LIMIT_REDIS_URL=" + redis.url())
                .run();
    }

    private static List<Integer> statuses(ConfigurableApplicationContext node, String token, int calls) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(search(node, token).statusCode());
        }
        return statuses;
    }

    private static HttpResponse<String> search(ConfigurableApplicationContext node, String token) {
        GatewayClient gateway = new GatewayClient(((WebServerApplicationContext) node).getWebServer().getPort());
        return gateway.send(gateway.to("/api/v1/search/suppliers"), token, PATIENCE);
    }
}
