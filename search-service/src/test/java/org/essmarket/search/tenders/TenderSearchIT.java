package org.essmarket.search.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;

/**
 * The public tender search on a real Elasticsearch with the service's own index settings, fed as
 * tender-service's relay feeds it (bulk, service token). The tenders are all in Corsica (region 94),
 * which the other tests leave alone, so counts filtered on it are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenderSearchIT {

    private static final String CORSICA = "94";

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private ApiClient api;

    @BeforeAll
    void indexCorsicanTendersThroughTheInternalApi() throws Exception {
        api = new ApiClient(port);
        Instant now = Instant.now();
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(tender("ts-cleaning", "Nettoyage des locaux de la mairie d'Ajaccio",
                "Prestations de nettoyage quotidien des bureaux et des écoles.", "PUBLISHED", "90910000", "2A",
                now.plus(Duration.ofDays(3)), lot(1, "Entretien des espaces verts", "77310000", "INSERTION"))));
        entries.add(entry(tender("ts-canteen", "Restauration scolaire", "Repas des écoles élémentaires de Bastia.",
                "PUBLISHED", "55520000", "2B", now.plus(Duration.ofDays(20)),
                lot(1, "Repas des crèches", "55520000", "DISABILITY"))));
        entries.add(entry(tender("ts-waste", "Collecte des déchets ménagers", "Collecte sélective en porte à porte.",
                "PUBLISHED", "90511000", "2A", now.plus(Duration.ofDays(60)),
                lot(1, "Collecte des encombrants", "90511000", "INSERTION"))));
        entries.add(entry(tender("ts-windows", "Nettoyage de la vitrerie", "Vitres des bâtiments communaux.",
                "CLOSED", "90911300", "2B", now.minus(Duration.ofDays(2)), lot(1, "Vitrerie", "90911300", "NONE"))));
        String token = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        Response pushed = api.send("POST", "/internal/index/tenders", token,
                ApiClient.JSON.writeValueAsString(Map.of("documents", entries)), null);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        elasticsearch.indices().refresh(refresh -> refresh.index("tenders"));
    }

    @Test
    void words_are_found_whatever_their_accents_case_and_number_also_in_lot_titles_and_highlighted() {
        assertThat(ids(search("q=NETTOYAGES+LOCAUX"))).containsExactly("ts-cleaning");
        assertThat(ids(search("q=ecole+restaurations"))).containsExactly("ts-canteen");
        JsonNode byLot = search("q=espace+vert");
        assertThat(ids(byLot)).containsExactly("ts-cleaning");
        assertThat(byLot.at("/content/0/highlights/lotTitles/0").asString()).contains("<em>espaces</em>");
        assertThat(ids(search("q=" + URLEncoder.encode("(déchets ménagers\"", StandardCharsets.UTF_8))))
                .as("query syntax is just words").containsExactly("ts-waste");
    }

    @Test
    void a_cpv_prefix_finds_the_codes_below_it() {
        assertThat(ids(search("cpvPrefix=90"))).containsExactlyInAnyOrder("ts-cleaning", "ts-waste");
        assertThat(ids(search("cpvPrefix=90910000"))).containsExactly("ts-cleaning");
        assertThat(ids(search("cpvPrefix=7731"))).as("a lot's code counts").containsExactly("ts-cleaning");
    }

    @Test
    void facets_count_reservations_statuses_places_divisions_and_deadlines() {
        JsonNode all = search("");
        assertThat(counts(all, "reservation")).isEqualTo(Map.of("INSERTION", 2L, "DISABILITY", 1L));
        assertThat(counts(all, "status")).isEqualTo(Map.of("PUBLISHED", 3L, "CLOSED", 1L));
        assertThat(counts(all, "department")).isEqualTo(Map.of("2A", 2L, "2B", 1L));
        assertThat(counts(all, "cpvDivision")).containsEntry("90", 2L).containsEntry("55", 1L);
        assertThat(counts(all, "deadline")).isEqualTo(Map.of("lt7d", 1L, "7to30d", 1L, "gt30d", 1L));

        JsonNode insertion = search("reservation=INSERTION");
        assertThat(ids(insertion)).containsExactlyInAnyOrder("ts-cleaning", "ts-waste");
        assertThat(counts(insertion, "reservation")).as("a facet is counted without its own filter")
                .isEqualTo(Map.of("INSERTION", 2L, "DISABILITY", 1L));
        assertThat(counts(insertion, "department")).isEqualTo(Map.of("2A", 2L));
    }

    @Test
    void published_by_default_other_public_statuses_on_request_sorted_by_deadline() {
        assertThat(ids(search("sort=deadline"))).containsExactly("ts-cleaning", "ts-canteen", "ts-waste");
        assertThat(ids(search("status=CLOSED"))).containsExactly("ts-windows");
        assertThat(ids(search("deadlineAfter=" + Instant.now().plus(Duration.ofDays(10)))))
                .containsExactlyInAnyOrder("ts-canteen", "ts-waste");
    }

    @Test
    void bad_parameters_are_400s_naming_them() {
        Response tooBig = api.get("/api/v1/search/tenders?size=101", null);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");
        Response draft = api.get("/api/v1/search/tenders?status=DRAFT&reservation=NONE", null);
        assertThat(draft.status()).isEqualTo(400);
        assertThat(draft.json().path("errors").findValuesAsString("field")).containsExactly("reservation", "status");
    }

    /** Anonymous, within Corsica. */
    private JsonNode search(String parameters) {
        Response response = api.get("/api/v1/search/tenders?region=" + CORSICA + "&size=100"
                + (parameters.isEmpty() ? "" : "&" + parameters), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("content").forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    private static Map<String, Long> counts(JsonNode result, String facet) {
        Map<String, Long> counts = new HashMap<>();
        result.path("facets").path(facet).forEach(value -> {
            if (value.path("count").asLong() > 0) {
                counts.put(value.path("value").asString(), value.path("count").asLong());
            }
        });
        return counts;
    }

    private static Map<String, Object> lot(int number, String title, String cpv, String reservation) {
        return Map.of("number", number, "title", title, "cpv", cpv, "estimatedValue", 10000, "reservation",
                reservation);
    }

    private static Map<String, Object> tender(String id, String title, String description, String status, String cpv,
            String department, Instant deadline, Map<String, Object> lot) {
        Map<String, Object> document = new HashMap<>();
        document.put("id", id);
        document.put("title", title);
        document.put("description", description);
        document.put("status", status);
        document.put("kind", "TENDER");
        document.put("placeScope", "DEPARTMENTS");
        document.put("departmentCodes", List.of(department));
        document.put("regionCodes", List.of(CORSICA));
        document.put("cpvCodes", List.of(cpv, lot.get("cpv")).stream().distinct().toList());
        document.put("deadline", deadline.toString());
        document.put("lots", List.of(lot));
        document.put("reservations", "NONE".equals(lot.get("reservation")) ? List.of() : List.of(lot.get("reservation")));
        return document;
    }

    private static Map<String, Object> entry(Map<String, Object> document) {
        return Map.of("id", document.get("id"), "version", System.currentTimeMillis(), "document", document);
    }
}
