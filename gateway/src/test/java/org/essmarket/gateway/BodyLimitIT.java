package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.essmarket.devstack.DemoUsers;
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

/**
 * Request bodies over 1 MiB get 413 at the gateway, whether their length is announced or they
 * come chunked; multipart uploads to the document paths may reach 20 MiB. The services (WireMock)
 * accept anything that reaches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ContextConfiguration(initializers = KeycloakInitializer.class)
class BodyLimitIT {

    private static final int MIB = 1024 * 1024;
    private static final String BOUNDARY = "dce-boundary";

    private static final WireMockServer services = PartnerServices.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("TENDER_SERVICE_URL", services::baseUrl);
        registry.add("CONSORTIUM_SERVICE_URL", services::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void acceptEverything() {
        services.resetAll();
        services.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
    }

    @Test
    void a_json_body_of_1_mib_passes_and_one_byte_more_is_a_413_problem_naming_the_limit() {
        assertThat(post("/api/v1/tenders", "application/json", GatewayClient.sized(GatewayClient.json(MIB)))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> tooLarge = post("/api/v1/tenders", "application/json",
                GatewayClient.sized(GatewayClient.json(MIB + 1)));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(tooLarge.body())
                .contains("\"detail\":\"The request body is larger than the 1 MiB allowed.\"")
                .contains("\"maxBytes\":1048576");
        services.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/tenders")));
    }

    @Test
    void a_chunked_body_is_cut_at_the_limit() {
        HttpResponse<String> response = post("/api/v1/consortia", "application/json",
                GatewayClient.chunked(GatewayClient.json(MIB + 1)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("1 MiB");
        keepsItsConnection(response);
    }

    @Test
    void a_2_mib_json_body_to_a_route_without_documents_is_a_413() {
        HttpResponse<String> response = post("/api/v1/tenders/t1/bids", "application/json",
                GatewayClient.sized(GatewayClient.json(2 * MIB)));

        assertThat(response.statusCode()).isEqualTo(413);
        keepsItsConnection(response);
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void a_body_far_over_the_limit_is_refused_before_it_is_sent_and_its_connection_closed() {
        // A client sending a large body asks first (Expect: 100-continue); the 413 comes instead of the 100.
        GatewayClient gateway = new GatewayClient(port);
        HttpResponse<String> response = gateway.send(gateway.to("/api/v1/tenders/t1/bids").expectContinue(true)
                .header("Content-Type", "application/json").POST(GatewayClient.sized(GatewayClient.json(8 * MIB))),
                Tokens.forUser(DemoUsers.SUPPLIER));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Connection")).hasValue("close");
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void a_15_mib_document_upload_passes_to_the_service() {
        HttpResponse<String> tenderDocument = upload("/api/v1/tenders/t1/documents",
                GatewayClient.sized(GatewayClient.multipart(BOUNDARY, 15 * MIB)));
        HttpResponse<String> bidDocument = upload("/api/v1/tenders/t1/bids/b1/documents",
                GatewayClient.chunked(GatewayClient.multipart(BOUNDARY, 15 * MIB)));

        assertThat(tenderDocument.statusCode()).isEqualTo(201);
        assertThat(bidDocument.statusCode()).isEqualTo(201);
    }

    @Test
    void a_document_over_20_mib_is_a_413_naming_the_documents_limit_even_chunked() {
        HttpResponse<String> sized = upload("/api/v1/tenders/t1/documents",
                GatewayClient.sized(GatewayClient.multipart(BOUNDARY, 21 * MIB)));
        HttpResponse<String> chunked = upload("/api/v1/tenders/t1/bids/b1/documents",
                GatewayClient.chunked(GatewayClient.multipart(BOUNDARY, 21 * MIB)));

        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.body()).contains("\"detail\":\"The upload is larger than the 20 MiB allowed for a document.\"");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("20 MiB");
    }

    @Test
    void a_multipart_upload_elsewhere_than_a_document_path_keeps_the_1_mib_limit() {
        HttpResponse<String> response = upload("/api/v1/tenders/t1/bids",
                GatewayClient.sized(GatewayClient.multipart(BOUNDARY, 2 * MIB)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("1 MiB");
        keepsItsConnection(response);
    }

    @Test
    void bodies_over_the_limit_are_the_callers_fault_and_do_not_open_the_services_circuit() {
        // Chunked JSON to a document path: cut while it streams to tender-service, inside its breaker.
        for (int call = 0; call < 6; call++) {
            assertThat(post("/api/v1/tenders/t1/documents", "application/json",
                    GatewayClient.chunked(GatewayClient.json(MIB + 1))).statusCode()).isEqualTo(413);
        }

        assertThat(upload("/api/v1/tenders/t1/documents", GatewayClient.sized(GatewayClient.multipart(BOUNDARY, 1024)))
                .statusCode()).isEqualTo(201);
    }

    /** A body a little over the limit is read to its end, so its connection serves the next request. */
    private static void keepsItsConnection(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Connection")).doesNotContain("close");
    }

    private HttpResponse<String> upload(String path, HttpRequest.BodyPublisher body) {
        return post(path, "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        GatewayClient gateway = new GatewayClient(port);
        return gateway.send(gateway.to(path).header("Content-Type", contentType).POST(body),
                Tokens.forUser(DemoUsers.SUPPLIER));
    }
}
