package org.essmarket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * The gateway with security on and real Keycloak tokens, in front of a stand-in supplier service
 * that records what reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ContextConfiguration(initializers = KeycloakInitializer.class)
class GatewayRoutingIT {

    private static final List<String> received = new CopyOnWriteArrayList<>();
    private static final List<String> requestIds = new CopyOnWriteArrayList<>();
    private static final HttpServer supplierService = startSupplierService();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void routeSuppliersToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("SUPPLIER_SERVICE_URL", () -> "http://127.0.0.1:" + supplierService.getAddress().getPort());
        // Nothing listens there: tender-service is down.
        registry.add("TENDER_SERVICE_URL", () -> "http://127.0.0.1:" + Ports.freePort());
    }

    @AfterAll
    static void stopSupplierService() {
        supplierService.stop(0);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        received.clear();
        requestIds.clear();
    }

    @Test
    void every_request_carries_an_x_request_id_to_the_service_and_back() {
        HttpResponse<String> fresh = get("/api/v1/suppliers", null);
        assertThat(fresh.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(requestIds).containsExactly(fresh.headers().firstValue("X-Request-Id").get());

        HttpResponse<String> given = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/suppliers")).header("X-Request-Id", "client-42"), null);
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("client-42");
        HttpResponse<String> injected = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/suppliers")).header("X-Request-Id", "evil\\nFAKE LOG LINE"), null);
        assertThat(injected.headers().firstValue("X-Request-Id").get()).doesNotContain("FAKE");
        assertThat(get("/api/v1/consortia", null).headers().firstValue("X-Request-Id")).as("on a 401 too").isPresent();
    }

    @Test
    void routes_a_signed_in_users_call_to_the_service_with_its_token_unchanged() {
        String token = Tokens.forUser(DemoUsers.SUPPLIER);

        HttpResponse<String> response = get("/api/v1/suppliers?page=0", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("totalElements");
        assertThat(received).containsExactly("GET /api/v1/suppliers?page=0 Bearer " + token);
    }

    @Test
    void lets_anonymous_users_read_the_public_supplier_directory() {
        assertThat(get("/api/v1/suppliers", null).statusCode()).isEqualTo(200);
        assertThat(received).containsExactly("GET /api/v1/suppliers null");
    }

    @Test
    void answers_401_problem_to_anonymous_writes_without_reaching_the_service() {
        HttpResponse<String> response = send("POST", "/api/v1/suppliers", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(received).isEmpty();
    }

    @Test
    void answers_401_to_tokens_for_another_audience_or_tampered() {
        String otherAudience = Tokens.forClient(DemoUsers.OTHER_AUDIENCE_CLIENT, DemoUsers.OTHER_AUDIENCE_CLIENT_SECRET);
        String token = Tokens.forUser(DemoUsers.SUPPLIER);
        String tampered = token.substring(0, token.length() - 4) + "AAAA";

        assertThat(get("/api/v1/suppliers", otherAudience).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/suppliers", tampered).statusCode()).isEqualTo(401);
        assertThat(received).isEmpty();
    }

    @Test
    void a_service_that_does_not_answer_is_a_503_problem_naming_it() {
        HttpResponse<String> response = get("/api/v1/tenders", Tokens.forUser(DemoUsers.BUYER));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"service\":\"tender-service\"").doesNotContain("Exception", "127.0.0.1");
    }

    @Test
    void browsers_of_the_web_app_may_call_the_api_and_other_origins_may_not() {
        HttpResponse<String> allowed = preflight("http://localhost:5173");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("authorization");

        HttpResponse<String> refused = preflight("https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(received).isEmpty();
    }

    @Test
    void an_unknown_path_is_a_404_problem_that_does_not_quote_the_gateways_address() {
        HttpResponse<String> response = get("/api/v1/nothing-here", Tokens.forUser(DemoUsers.SUPPLIER));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("127.0.0.1", ":" + port, "static resource");
    }

    @Test
    void an_address_the_firewall_refuses_is_a_400_problem_not_an_empty_answer() {
        HttpResponse<String> response = get("/api/v1/suppliers/a%00b", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").doesNotContain("a%00b");
        // The refusal leaves the gateway serving the requests that follow.
        assertThat(get("/api/v1/suppliers", null).statusCode()).isEqualTo(200);
        assertThat(get("//api/v1/suppliers", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/suppliers", null).statusCode()).isEqualTo(200);
    }

    @Test
    void answers_with_the_usual_security_headers() {
        HttpResponse<String> response = get("/api/v1/suppliers", null);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    private HttpResponse<String> preflight(String origin) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/suppliers"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"), null);
    }

    @Test
    void never_routes_internal_endpoints() {
        String serviceToken = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));

        assertThat(get("/internal/index/suppliers/1", serviceToken).statusCode()).isBetween(400, 499);
        assertThat(get("/internal/index/suppliers/1", null).statusCode()).isBetween(400, 499);
        assertThat(received).isEmpty();
    }

    @Test
    void swagger_ui_authorizes_through_keycloak_as_the_public_web_client_with_pkce() {
        HttpResponse<String> config = get("/v3/api-docs/swagger-config", null);
        HttpResponse<String> initializer = get("/swagger-ui/swagger-initializer.js", null);

        assertThat(config.body()).as("the services' documents, combined").contains("/api-docs/suppliers",
                "/api-docs/tenders", "/api-docs/consortia", "/api-docs/search");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body().replaceAll("\\s", "")).contains("initOAuth",
                "\"clientId\":\"marketplace-web\"", "\"usePkceWithAuthorizationCodeGrant\":true");
    }

    @Test
    void the_breakers_fallback_is_not_reachable_from_outside() {
        assertThat(get("/fallback/tender-service", null).statusCode()).isEqualTo(401);
        assertThat(get("/fallback/tender-service", Tokens.forUser(DemoUsers.ADMIN)).statusCode()).isEqualTo(403);
    }

    @Test
    void serves_probes_and_metrics_on_the_management_port_only() {
        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");

        assertThat(get("/actuator/prometheus", Tokens.forUser(DemoUsers.ADMIN)).statusCode()).isBetween(400, 499);
        assertThat(get("/actuator/health", null).statusCode()).isBetween(400, 499);
    }

    @Test
    void an_address_or_headers_over_nettys_limits_are_problems_too_not_empty_answers() {
        HttpResponse<String> longAddress = get("/api/v1/suppliers/" + "a".repeat(5_000), null);
        HttpResponse<String> largeHeaders = send(new GatewayClient(port).to("/api/v1/suppliers")
                .header("If-Match", "x".repeat(9_000)), null);

        assertThat(longAddress.statusCode()).isEqualTo(414);
        assertThat(largeHeaders.statusCode()).isEqualTo(431);
        for (HttpResponse<String> refused : List.of(longAddress, largeHeaders)) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("\"status\":" + refused.statusCode()).doesNotContain("aaaa", "xxxx");
        }
        assertThat(get("/api/v1/suppliers", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_content_type_that_is_not_a_media_type_is_a_415_problem_naming_the_header() {
        HttpResponse<String> response = send(new GatewayClient(port).to("/api/v1/suppliers")
                .header("Content-Type", "application/json; charset=nope").POST(HttpRequest.BodyPublishers.ofString("{}")),
                Tokens.forUser(DemoUsers.SUPPLIER));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("\"field\":\"Content-Type\"");
    }

    private HttpResponse<String> get(String path, String token) {
        return get(port, path, token);
    }

    private HttpResponse<String> send(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        return send(request, token);
    }

    private static HttpResponse<String> get(int port, String path, String token) {
        return new GatewayClient(port).get(path, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        return new GatewayClient(port).send(request, token);
    }

    private static HttpServer startSupplierService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                requestIds.add(exchange.getRequestHeaders().getFirst("X-Request-Id"));
                byte[] body = "{\"content\":[],\"totalElements\":0}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
