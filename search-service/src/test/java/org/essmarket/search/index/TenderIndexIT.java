package org.essmarket.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DemoUsers;
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
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenders index (DESIGN.md §3, §4) on a real Elasticsearch, fed the way tender-service's relay
 * feeds it (bulk, with its own service token): found by French words and by a lot's reservation;
 * versions decide between pushes, removals included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class TenderIndexIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String tenderService = Tokens.forClient("tender-service",
            DemoUsers.serviceClientSecret("tender-service"));

    @Test
    void a_pushed_tender_is_found_by_its_french_words_and_its_reserved_lot_behind_the_alias() throws Exception {
        assertThat(push(document("t-find", 2, "Nettoyage des locaux de la mairie")).body())
                .contains("{\"id\":\"t-find\",\"version\":2,\"outcome\":\"INDEXED\"}");
        elasticsearch.indices().refresh(refresh -> refresh.index("tenders"));

        var byWords = elasticsearch.search(search -> search.index("tenders")
                .query(q -> q.match(m -> m.field("title").query("nettoyages locaux"))), Map.class);
        var byReservedLot = elasticsearch.search(search -> search.index("tenders")
                .query(q -> q.nested(n -> n.path("lots").scoreMode(ChildScoreMode.None)
                        .query(lot -> lot.term(t -> t.field("lots.reservation").value("INSERTION"))))), Map.class);

        assertThat(byWords.hits().hits()).extracting(hit -> hit.id()).contains("t-find");
        assertThat(byReservedLot.hits().hits()).extracting(hit -> hit.id()).contains("t-find");
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name("tenders")).aliases().keySet())
                .as("one index behind the alias, v1 or the one a reindex built").singleElement().asString()
                .matches("tenders-v\\d+");
    }

    @Test
    void an_older_version_does_not_overwrite_a_newer_one() throws Exception {
        push(document("t-order", 5, "Entretien des espaces verts v5"));

        assertThat(push(document("t-order", 4, "Entretien des espaces verts v4")).body()).contains("ALREADY_NEWER");
        var stored = elasticsearch.get(get -> get.index("tenders").id("t-order"), Map.class);
        assertThat(stored.version()).isEqualTo(5);
        assertThat(stored.source()).containsEntry("title", "Entretien des espaces verts v5");
    }

    @Test
    void a_removal_removes_the_tender_and_an_older_push_does_not_bring_it_back() throws Exception {
        push(document("t-gone", 3, "Restauration scolaire"));

        assertThat(push(removal("t-gone", 2)).body()).as("an older removal loses").contains("ALREADY_NEWER");
        assertThat(exists("t-gone")).isTrue();
        assertThat(push(removal("t-gone", 4)).body()).contains("{\"id\":\"t-gone\",\"version\":4,\"outcome\":\"REMOVED\"}");
        assertThat(exists("t-gone")).isFalse();
        assertThat(push(document("t-gone", 3, "Restauration scolaire")).body()).contains("ALREADY_NEWER");
        assertThat(exists("t-gone")).isFalse();
    }

    @Test
    void the_single_document_delete_is_versioned_too_and_takes_absent_tenders() throws Exception {
        push(document("t-single", 7, "Collecte des déchets"));

        assertThat(delete("t-single", 6).body()).contains("ALREADY_NEWER");
        assertThat(delete("t-single", 8).body()).contains("REMOVED");
        assertThat(exists("t-single")).isFalse();
        assertThat(delete("t-never-indexed", 1).body()).contains("REMOVED");
        assertThat(delete("t-single", 9).statusCode()).isEqualTo(200);
    }

    @Test
    void a_bulk_entry_with_neither_document_nor_removal_is_refused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/internal/index/tenders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"documents\": [{\"id\": \"t-bad\", \"version\": 1}]}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(exists("t-bad")).isFalse();
    }

    @Test
    void only_service_accounts_remove_documents() throws Exception {
        push(document("t-kept", 1, "Blanchisserie"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/internal/index/tenders/t-kept?version=2"))
                .header("Authorization", "Bearer " + Tokens.forUser(DemoUsers.BUYER)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(exists("t-kept")).isTrue();
    }

    private static Map<String, Object> document(String id, long version, String title) {
        return Map.of("id", id, "version", version, "document", Map.of("id", id, "title", title, "status", "PUBLISHED",
                "cpvCodes", List.of("90910000"), "departmentCodes", List.of("31"),
                "lots", List.of(Map.of("number", 1, "title", "Bâtiments", "cpv", "90910000", "reservation", "INSERTION")),
                "reservations", List.of("INSERTION")));
    }

    private static Map<String, Object> removal(String id, long version) {
        return Map.of("id", id, "version", version, "removed", true);
    }

    private boolean exists(String id) throws IOException {
        return elasticsearch.exists(exists -> exists.index("tenders").id(id)).value();
    }

    private HttpResponse<String> push(Map<String, Object> entry) throws Exception {
        String body = JSON.writeValueAsString(Map.of("documents", List.of(entry)));
        return send(HttpRequest.newBuilder(uri("/internal/index/tenders")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String id, long version) throws Exception {
        return send(HttpRequest.newBuilder(uri("/internal/index/tenders/" + id + "?version=" + version)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + tenderService).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
