package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * The gateway in front of services that fail: supplier-service stopped (nothing listens on its
 * port), consortium-service too slow, search-service dropping connections; tender-service (WireMock)
 * answers, its bid documents slowly. Timeouts are shortened to 1 s (3 s for documents).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "SERVICE_RESPONSE_TIMEOUT=1s",
        "DOCUMENT_RESPONSE_TIMEOUT_MS=3000" })
@ContextConfiguration(initializers = KeycloakInitializer.class)
class GatewayResilienceIT {

    /** Longer than any timeout above and than {@link #PATIENCE}: an answer in time is the gateway's own. */
    private static final int SLOW_ANSWER_MS = 10_000;
    /** How long a test waits for the gateway's answer: the timeout plus a generous margin. */
    private static final Duration PATIENCE = Duration.ofSeconds(8);

    private static final WireMockServer services = PartnerServices.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeToTheStandIns(DynamicPropertyRegistry registry) {
        registry.add("SUPPLIER_SERVICE_URL", () -> "http://127.0.0.1:" + Ports.freePort());
        registry.add("TENDER_SERVICE_URL", services::baseUrl);
        registry.add("CONSORTIUM_SERVICE_URL", services::baseUrl);
        registry.add("SEARCH_SERVICE_URL", services::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void stubServices() {
        services.resetAll();
        services.stubFor(get("/api/v1/tenders/t1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t1\"}")));
        services.stubFor(get(urlPathMatching("/api/v1/consortia.*")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(SLOW_ANSWER_MS)));
        services.stubFor(post(urlPathMatching("/api/v1/tenders/t1/bids/b1/documents")).willReturn(aResponse()
                .withStatus(201).withFixedDelay(SLOW_ANSWER_MS)));
        services.stubFor(get(urlPathMatching("/api/v1/search/.*")).willReturn(aResponse()
                .withFault(Fault.EMPTY_RESPONSE)));
    }

    @Test
    void a_stopped_service_answers_503_problem_naming_it() {
        HttpResponse<String> response = gateway().send(gateway().to("/api/v1/suppliers/s1"), null, PATIENCE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"title\":\"Service unavailable\"")
                .contains("\"detail\":\"supplier-service is unavailable, try again shortly\"")
                .contains("\"service\":\"supplier-service\"")
                .doesNotContain("Exception", "127.0.0.1");
    }

    @Test
    void other_routes_keep_answering_while_a_service_is_stopped() {
        assertThat(gateway().get("/api/v1/suppliers", null).statusCode()).isEqualTo(503);

        HttpResponse<String> tender = gateway().get("/api/v1/tenders/t1", null);

        assertThat(tender.statusCode()).isEqualTo(200);
        assertThat(tender.body()).isEqualTo("{\"id\":\"t1\"}");
    }

    @Test
    void a_service_too_slow_answers_503_problem_naming_it_within_the_timeout() {
        HttpResponse<String> response = gateway().send(gateway().to("/api/v1/consortia/c1"),
                Tokens.forUser(DemoUsers.SUPPLIER), PATIENCE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"detail\":\"consortium-service did not answer in time, try again shortly\"")
                .contains("\"service\":\"consortium-service\"");
    }

    @Test
    void a_document_upload_left_unanswered_is_a_503_problem_saying_it_may_have_been_carried_out() {
        String boundary = "upload-boundary";
        HttpResponse<String> response = gateway().send(gateway().to("/api/v1/tenders/t1/bids/b1/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(GatewayClient.sized(GatewayClient.multipart(boundary, 1024))),
                Tokens.forUser(DemoUsers.SUPPLIER), PATIENCE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .contains("tender-service did not answer in time; the request may have been carried out")
                .contains("\"service\":\"tender-service\"");
    }

    @Test
    void a_services_own_404_and_409_pass_through_unchanged() {
        String notFound = "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No tender t404.\"}";
        String conflict = "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"This supplier already bid.\"}";
        services.stubFor(get("/api/v1/tenders/t404").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(notFound)));
        services.stubFor(post("/api/v1/tenders/t1/bids").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody(conflict)));

        HttpResponse<String> missing = gateway().get("/api/v1/tenders/t404", null);
        HttpResponse<String> twice = gateway().send(gateway().to("/api/v1/tenders/t1/bids")
                .header("Content-Type", "application/json").POST(GatewayClient.sized("{}".getBytes())),
                Tokens.forUser(DemoUsers.SUPPLIER));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(notFound);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).isEqualTo(conflict);
    }

    @Test
    void a_service_answering_errors_is_still_called_its_errors_count_as_answers() {
        String failure = "{\"title\":\"Internal Server Error\",\"status\":500}";
        services.stubFor(get("/api/v1/tenders/broken").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody(failure)));

        for (int call = 0; call < 8; call++) {
            HttpResponse<String> response = gateway().get("/api/v1/tenders/broken", null);
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).isEqualTo(failure);
        }
        services.verify(8, getRequestedFor(urlPathEqualTo("/api/v1/tenders/broken")));
    }

    @Test
    void a_service_that_keeps_failing_is_no_longer_called_for_a_while() {
        for (int call = 0; call < 8; call++) {
            HttpResponse<String> response = gateway().send(gateway().to("/api/v1/search/suppliers"), null, PATIENCE);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"service\":\"search-service\"");
        }

        // The breaker opens after its minimum of 5 calls, all failed (resilience4j.circuitbreaker).
        services.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/search/suppliers")));
    }

    private GatewayClient gateway() {
        return new GatewayClient(port);
    }
}
