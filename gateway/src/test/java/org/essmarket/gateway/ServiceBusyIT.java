package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.PartnerServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One gateway node lets a bounded number of calls to a service be in progress at once (here 2):
 * one more is answered 503 naming the busy service at once, and the calls in progress complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "SERVICE_MAX_CONCURRENT_CALLS=2" })
@ContextConfiguration(initializers = KeycloakInitializer.class)
class ServiceBusyIT {

    private static final WireMockServer searchService = PartnerServices.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("SEARCH_SERVICE_URL", searchService::baseUrl);
        searchService.stubFor(get("/api/v1/search/suppliers").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"content\":[]}").withFixedDelay(2_000)));
    }

    @AfterAll
    static void stopService() {
        searchService.stop();
    }

    @Test
    void a_call_beyond_the_calls_in_progress_allowed_answers_503_naming_the_busy_service() {
        GatewayClient gateway = new GatewayClient(port);
        List<HttpResponse<String>> answers = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway.get("/api/v1/search/suppliers", null)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 200, 503);
        HttpResponse<String> busy = answers.stream().filter(answer -> answer.statusCode() == 503).findFirst().orElseThrow();
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(busy.body()).contains("\"service\":\"search-service\"").contains("busy");
    }
}
