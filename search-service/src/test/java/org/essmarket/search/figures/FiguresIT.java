package org.essmarket.search.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;

/**
 * The home page's figures on a real Elasticsearch, fed through the internal index API as the owners'
 * relays feed it. Other tests share the index, so the test asserts what its own documents add.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class FiguresIT {

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void counts_open_tenders_their_reserved_lots_and_verified_suppliers_for_anonymous_visitors() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode before = figures(api);

        Instant deadline = Instant.now().plus(Duration.ofDays(10));
        push(api, "tenders", List.of(
                tender("fig-open", "PUBLISHED", deadline, List.of(lot(1, "INSERTION"), lot(2, "NONE"), lot(3, "ESS"))),
                tender("fig-planned", "PLANNED", deadline, List.of(lot(1, "DISABILITY"))),
                tender("fig-closed", "CLOSED", Instant.now().minus(Duration.ofDays(1)), List.of(lot(1, "BOTH")))));
        push(api, "suppliers", List.of(supplier("fig-verified", "VERIFIED"), supplier("fig-pending", "PENDING")));
        elasticsearch.indices().refresh(refresh -> refresh.index("tenders", "suppliers"));

        JsonNode after = figures(api);
        assertThat(after.get("openTenders").asLong() - before.get("openTenders").asLong()).isEqualTo(1);
        assertThat(after.get("reservedLots").asLong() - before.get("reservedLots").asLong()).isEqualTo(2);
        assertThat(after.get("verifiedSuppliers").asLong() - before.get("verifiedSuppliers").asLong()).isEqualTo(1);

        // Other tests count facets over the whole shared index: leave it as it was.
        for (String id : List.of("fig-open", "fig-planned", "fig-closed")) {
            remove(api, "tenders", id);
        }
        for (String id : List.of("fig-verified", "fig-pending")) {
            remove(api, "suppliers", id);
        }
        elasticsearch.indices().refresh(refresh -> refresh.index("tenders", "suppliers"));
        assertThat(figures(api)).isEqualTo(before);
    }

    /** A versioned removal, as the owners' relays send one. */
    private static void remove(ApiClient api, String index, String id) throws Exception {
        String owner = "tenders".equals(index) ? "tender-service" : "supplier-service";
        String token = Tokens.forClient(owner, DemoUsers.serviceClientSecret(owner));
        Response removed = api.send("DELETE", "/internal/index/" + index + "/" + id + "?version=" + System.currentTimeMillis(),
                token, null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    }

    private static JsonNode figures(ApiClient api) throws Exception {
        Response response = api.send("GET", "/api/v1/search/figures", null, null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private static void push(ApiClient api, String index, List<Map<String, Object>> documents) throws Exception {
        String owner = "tenders".equals(index) ? "tender-service" : "supplier-service";
        String token = Tokens.forClient(owner, DemoUsers.serviceClientSecret(owner));
        List<Map<String, Object>> entries = documents.stream().map(document -> Map.of("id", document.get("id"),
                "version", System.currentTimeMillis(), "document", document)).toList();
        Response pushed = api.send("POST", "/internal/index/" + index, token,
                ApiClient.JSON.writeValueAsString(Map.of("documents", entries)), null);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    }

    private static Map<String, Object> lot(int number, String reservation) {
        return Map.of("number", number, "title", "Lot " + number, "cpv", "90910000", "reservation", reservation);
    }

    private static Map<String, Object> tender(String id, String status, Instant deadline,
            List<Map<String, Object>> lots) {
        return Map.of("id", id, "title", "Nettoyage " + id, "status", status, "kind", "TENDER", "placeScope",
                "NATIONWIDE", "cpvCodes", List.of("90910000"), "deadline", deadline.toString(), "lots", lots,
                "reservations", lots.stream().map(lot -> lot.get("reservation")).filter(r -> !"NONE".equals(r)).toList());
    }

    private static Map<String, Object> supplier(String id, String status) {
        return Map.of("id", id, "siret", "12345678900011", "legalName", "Structure " + id, "kinds", List.of("EI"),
                "status", status, "department", "69", "region", "84");
    }
}
