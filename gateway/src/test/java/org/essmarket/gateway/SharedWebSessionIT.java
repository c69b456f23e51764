package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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

import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway nodes sharing one real Redis (RATE_LIMIT_REDIS_URL, as in production): a user signed
 * in through one node is signed in on the other, which relays their token; their rate limit is
 * their own, whichever node counts it; logging out on one ends the session on both.
 */
class SharedWebSessionIT {

    private static final int PER_MINUTE = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer consortiumService = PartnerServices.start();
    private static LocalRedis redis;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesSharingRedis() {
        consortiumService.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(200)
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
        consortiumService.stop();
    }

    @Test
    void a_user_signed_in_on_one_node_is_signed_in_on_every_node_until_logout() {
        Browser onA = new Browser(port(nodeA));
        Browser onB = onA.onPort(port(nodeB));
        onA.signIn(DemoUsers.SUPPLIER, "/");

        HttpResponse<String> session = onB.get("/web/session");
        assertThat(JSON.readTree(session.body()).get("username").asString()).isEqualTo("fournisseur1");
        assertThat(onB.get("/api/v1/consortia").statusCode()).isEqualTo(200);
        String relayed = consortiumService.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*"))).get(0)
                .getHeader("Authorization");
        assertThat(Tokens.subjectOf(relayed.substring("Bearer ".length())))
                .isEqualTo(JSON.readTree(session.body()).get("userId").asString());

        // One allowance for the user (their Keycloak subject), whether they call through the web
        // app's session or with a bearer token, counted in Redis by both nodes.
        for (int i = 2; i < PER_MINUTE; i++) {
            assertThat((i % 2 == 0 ? onA : onB).get("/api/v1/consortia").statusCode()).isEqualTo(200);
        }
        GatewayClient bearerOnA = new GatewayClient(port(nodeA));
        assertThat(bearerOnA.get("/api/v1/consortia", Tokens.forUser(DemoUsers.SUPPLIER)).statusCode()).isEqualTo(200);
        assertThat(onA.get("/api/v1/consortia").statusCode()).isEqualTo(429);
        assertThat(onB.get("/api/v1/consortia").statusCode()).isEqualTo(429);

        assertThat(onB.send("POST", "/logout", "", true).statusCode()).isEqualTo(302);
        assertThat(JSON.readTree(onA.get("/web/session").body()).get("authenticated").asBoolean()).isFalse();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new KeycloakInitializer())
                .properties(
                        "SERVER_PORT=0",
                        "MANAGEMENT_PORT=0",
                        "CONSORTIUM_SERVICE_URL=" + consortiumService.baseUrl(),
                        "RATE_LIMIT_USER_PER_MINUTE=" + PER_MINUTE,
                        // Patient with Redis: on a loaded machine a call past 250 ms would be counted by one node alone.
                        "RATE_LIMIT_REDIS_TIMEOUT=5s",
                        "RATE_LIMIT_REDIS_URL=" + redis.url())
                .run();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
