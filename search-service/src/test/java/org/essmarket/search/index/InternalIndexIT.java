package org.essmarket.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The owners' index API (DESIGN.md §4) on a real Elasticsearch, with real service tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class InternalIndexIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String serviceToken = Tokens.forClient("supplier-service",
            DemoUsers.serviceClientSecret("supplier-service"));

    @Test
    void an_older_version_never_overwrites_a_newer_one() throws Exception {
        assertThat(put("sync-1", 5, "Atelier v5", serviceToken).body()).contains("INDEXED");
        assertThat(put("sync-1", 3, "Atelier v3", serviceToken).body()).contains("ALREADY_NEWER");

        var stored = elasticsearch.get(get -> get.index("suppliers").id("sync-1"), Map.class);
        assertThat(stored.version()).isEqualTo(5);
        assertThat(stored.source()).containsEntry("legalName", "Atelier v5");
    }

    @Test
    void a_bulk_push_answers_for_each_document() throws Exception {
        put("bulk-2", 7, "Atelier v7", serviceToken);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/internal/index/suppliers"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + serviceToken)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"documents": [
                          {"id": "bulk-1", "version": 1, "document": {"id": "bulk-1", "legalName": "Atelier un"}},
                          {"id": "bulk-2", "version": 6, "document": {"id": "bulk-2", "legalName": "Atelier v6"}}]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("{\"id\":\"bulk-1\",\"version\":1,\"outcome\":\"INDEXED\"}",
                "{\"id\":\"bulk-2\",\"version\":6,\"outcome\":\"ALREADY_NEWER\"}");
        assertThat(elasticsearch.get(get -> get.index("suppliers").id("bulk-2"), Map.class).source())
                .containsEntry("legalName", "Atelier v7");
    }

    @Test
    void only_service_accounts_push_documents() throws Exception {
        assertThat(put("sync-2", 1, "Intrus", Tokens.forUser(DemoUsers.SUPPLIER)).statusCode()).isEqualTo(403);
        assertThat(put("sync-2", 1, "Intrus", null).statusCode()).isEqualTo(401);
        assertThat(elasticsearch.exists(exists -> exists.index("suppliers").id("sync-2")).value()).isFalse();
    }

    @Test
    void only_the_owning_service_pushes_into_an_index() throws Exception {
        for (String other : new String[] { "tender-service", "consortium-service", "search-service" }) {
            HttpResponse<String> refused = put("sync-3", 1, "Intrus", Tokens.forClient(other,
                    DemoUsers.serviceClientSecret(other)));
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(elasticsearch.exists(exists -> exists.index("suppliers").id("sync-3")).value()).isFalse();
    }

    private HttpResponse<String> put(String id, long version, String legalName, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/internal/index/suppliers/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"version": %d, "document": {"id": "%s", "legalName": "%s", "status": "VERIFIED"}}"""
                        .formatted(version, id, legalName)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
