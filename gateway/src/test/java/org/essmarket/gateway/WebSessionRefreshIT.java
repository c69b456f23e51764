package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The session user's access token outlives neither its lifespan nor the Keycloak session: the
 * gateway refreshes an expired one before relaying it, and when Keycloak refuses the refresh the
 * call is a 401 and the session is over. The gateway signs in as a client whose access tokens
 * expire one second after they are issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "GATEWAY_CLIENT_ID=" + DemoUsers.SHORT_LIVED_GATEWAY_CLIENT,
        "GATEWAY_CLIENT_SECRET=" + DemoUsers.SHORT_LIVED_GATEWAY_CLIENT_SECRET })
@ContextConfiguration(initializers = KeycloakInitializer.class)
class WebSessionRefreshIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer consortiumService = PartnerServices.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("CONSORTIUM_SERVICE_URL", consortiumService::baseUrl);
        consortiumService.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"content\":[]}")));
    }

    @AfterAll
    static void stopService() {
        consortiumService.stop();
    }

    @Test
    void relays_a_fresh_access_token_once_the_last_one_expired_and_ends_the_session_when_keycloak_refuses() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(DemoUsers.OTHER_SUPPLIER, "/").headers().firstValue("Location")).hasValue("/");
        String userId = JSON.readTree(browser.get("/web/session").body()).get("userId").asString();

        assertThat(browser.get("/api/v1/consortia").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/v1/consortia").statusCode()).isEqualTo(200);

        List<String> relayed = consortiumService.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*"))).stream()
                .map(request -> request.getHeader("Authorization").substring("Bearer ".length()))
                .toList();
        assertThat(relayed).hasSize(2).doesNotHaveDuplicates();
        assertThat(relayed).allSatisfy(token -> assertThat(Tokens.subjectOf(token)).isEqualTo(userId));

        KeycloakAdmin.endSessionsOf(userId);
        HttpResponse<String> ended = browser.get("/api/v1/consortia");

        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(consortiumService.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*")))).hasSize(2);
        assertThat(JSON.readTree(browser.get("/web/session").body()).get("authenticated").asBoolean()).isFalse();
    }
}
