package org.essmarket.search.autocomplete;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
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
 * Autocomplete on a real Elasticsearch with the service's own index settings, suppliers pushed
 * through the owners' internal index API. The suppliers are in La Réunion, which the other tests
 * leave alone, with names of this run, and are removed at the end (Elasticsearch is shared by all
 * the tests, whose counts must not see them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutocompleteIT {

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> supplierIds = new ArrayList<>();
    private ApiClient api;
    private String supplierService;

    @BeforeAll
    void pushSuppliers() throws Exception {
        api = new ApiClient(port);
        supplierService = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        push("confluent", "Entreprise Adaptée du Confluent " + run, "VERIFIED");
        push("confort", "Entreprise Adaptée du Confort " + run, "VERIFIED");
        push("atelier", "L'Atelier Réunionnais " + run, "VERIFIED");
        push("pending", "Entreprise Adaptée du Confluent Bis " + run, "PENDING");
        push("rejected", "Entreprise Adaptée Refusée " + run, "REJECTED");
        elasticsearch.indices().refresh(refresh -> refresh.index("suppliers"));
    }

    @AfterAll
    void removeWhatThisTestIndexed() {
        supplierIds.forEach(id -> api.send("DELETE", "/internal/index/suppliers/" + id + "?version=100",
                supplierService, null, null));
    }

    @Test
    void the_first_letters_of_some_words_of_a_verified_supplier_name_suggest_it_to_anonymous_callers() {
        JsonNode suggestions = suggest("q=" + encode(run + " entreprise adaptee confl") + "&type=supplier", null);

        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).path("type").asString()).isEqualTo("supplier");
        assertThat(suggestions.get(0).path("label").asString()).isEqualTo("Entreprise Adaptée du Confluent " + run);
        assertThat(suggestions.get(0).path("value").asString()).isEqualTo("ac-confluent-" + run);
    }

    @Test
    void accents_case_and_elided_articles_do_not_matter_and_the_last_word_may_be_unfinished() {
        assertThat(values("q=" + encode(run + " ENTREPRISE ADAPTÉE DU CONF") + "&type=supplier"))
                .containsExactlyInAnyOrder("ac-confluent-" + run, "ac-confort-" + run);
        assertThat(values("q=" + encode(run + " l'atel") + "&type=supplier")).containsExactly("ac-atelier-" + run);
        assertThat(values("q=" + encode(run + " reunionn") + "&type=supplier")).containsExactly("ac-atelier-" + run);
    }

    @Test
    void suppliers_that_are_not_verified_are_never_suggested() {
        assertThat(values("q=" + encode(run + " entreprise") + "&type=supplier"))
                .containsExactlyInAnyOrder("ac-confluent-" + run, "ac-confort-" + run);
        assertThat(values("q=" + encode(run + " refus") + "&type=supplier")).isEmpty();
    }

    @Test
    void communes_and_cpv_labels_are_suggested_from_the_reference_data() {
        JsonNode communes = suggest("q=vill&type=commune&size=3", null);
        assertThat(communes).hasSize(3);
        assertThat(communes.get(0).path("label").asString()).isEqualTo("Villeurbanne (69)");
        assertThat(communes.get(0).path("value").asString()).isEqualTo("69266");

        assertThat(values("q=nettoy&type=cpv")).hasSize(8).contains("90910000");
    }

    @Test
    void without_type_suppliers_communes_and_cpv_codes_share_the_answer_in_that_order() {
        JsonNode all = suggest("q=" + encode("entr"), Tokens.forUser(DemoUsers.BUYER));

        assertThat(all).hasSize(8);
        List<String> types = new ArrayList<>();
        all.forEach(suggestion -> types.add(suggestion.path("type").asString()));
        assertThat(types).containsOnly("supplier", "commune", "cpv").isSortedAccordingTo(
                Comparator.comparing(List.of("supplier", "commune", "cpv")::indexOf));
        assertThat(types.stream().distinct()).hasSize(3);
    }

    @Test
    void query_syntax_is_only_words() {
        Response response = api.get("/api/v1/search/autocomplete?type=supplier&q="
                + encode(run + " conf* OR (name:\"x\" AND /re.*/)"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEmpty();
    }

    @Test
    void a_blank_or_too_long_text_an_unknown_type_and_a_size_beyond_twenty_get_a_problem_naming_each() {
        assertRefused("q=%20", "q");
        assertRefused("type=supplier", "q");
        assertRefused("q=" + "x".repeat(101), "q");
        assertRefused("q=vill&type=tender", "type");
        assertRefused("q=vill&size=21", "size");
        assertRefused("q=vill&size=eight", "size");
    }

    private void assertRefused(String query, String parameter) {
        Response response = api.get("/api/v1/search/autocomplete?" + query, null);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as(query).containsExactly(parameter);
    }

    private JsonNode suggest(String query, String token) {
        Response response = api.get("/api/v1/search/autocomplete?" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> values(String query) {
        List<String> values = new ArrayList<>();
        suggest(query, null).forEach(suggestion -> values.add(suggestion.path("value").asString()));
        return values;
    }

    private void push(String name, String legalName, String status) {
        String id = "ac-" + name + "-" + run;
        supplierIds.add(id);
        Response response = api.send("PUT", "/internal/index/suppliers/" + id, supplierService,
                ApiClient.JSON.writeValueAsString(Map.of("version", 1, "document", Map.of("id", id,
                        "legalName", legalName, "status", status, "kinds", List.of("EA"), "department", "974",
                        "region", "04", "cpvCodes", List.of("90910000")))),
                null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
