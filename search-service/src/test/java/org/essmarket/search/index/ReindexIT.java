package org.essmarket.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.search.index.application.OwnerFeeds;
import org.essmarket.search.index.application.SearchIndices.VersionedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Rebuilding the tenders index from the owner's feed on a real Elasticsearch: the alias moves to a
 * new index holding exactly the owner's documents, pushes made while it runs are kept, and progress
 * can be followed. The owner here is a stand-in feed (tender-service's real feed is read by the e2e
 * suite): it serves what the index already holds, so the other tests' documents survive, plus
 * 1,200 tenders of its own — three pages — and it pauses before its second page so the test can
 * push and try a second reindex meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class ReindexIT {

    private static final String REINDEX = "/api/v1/search/indices/tenders/reindex";
    private static final int OWN_TENDERS = 1_200;

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    TenderServiceStandIn owner;

    private final String tenderService = Tokens.forClient("tender-service",
            DemoUsers.serviceClientSecret("tender-service"));

    @TestConfiguration
    static class StandInOwner {
        @Bean
        @Primary
        TenderServiceStandIn tenderServiceStandIn(ElasticsearchClient elasticsearch) {
            return new TenderServiceStandIn(elasticsearch);
        }
    }

    /** tender-service's feed: the tenders the index holds but the one it no longer has, and its own. */
    static class TenderServiceStandIn implements OwnerFeeds {

        private final ElasticsearchClient elasticsearch;
        final CountDownLatch secondPageAsked = new CountDownLatch(1);
        final CountDownLatch mayServeSecondPage = new CountDownLatch(1);
        volatile String noLongerAtTheOwner = "";
        private volatile List<VersionedDocument> feed = List.of();

        TenderServiceStandIn(ElasticsearchClient elasticsearch) {
            this.elasticsearch = elasticsearch;
        }

        @Override
        public FeedPage read(String type, int page, int size) {
            if (page == 0) {
                List<VersionedDocument> all = new ArrayList<>(heldBySearch());
                all.removeIf(document -> document.id().equals(noLongerAtTheOwner));
                IntStream.range(0, OWN_TENDERS).mapToObj(i -> tender("reindex-" + i, 1, "Entretien des phares " + i))
                        .forEach(all::add);
                feed = List.copyOf(all);
            }
            if (page == 1) {
                secondPageAsked.countDown();
                try {
                    mayServeSecondPage.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<VersionedDocument> content = feed.subList(Math.min(feed.size(), page * size),
                    Math.min(feed.size(), (page + 1) * size));
            return new FeedPage(content, feed.size(), (feed.size() + size - 1) / size);
        }

        private List<VersionedDocument> heldBySearch() {
            try {
                return elasticsearch.search(search -> search.index("tenders").size(10_000).version(true), Map.class)
                        .hits().hits().stream().map(TenderServiceStandIn::held).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static VersionedDocument held(Hit<Map> hit) {
            return new VersionedDocument(hit.id(), hit.version(), hit.source());
        }
    }

    @AfterEach
    void removeThisTestsTenders() {
        ApiClient api = new ApiClient(port);
        for (int from = 0; from < OWN_TENDERS; from += 500) {
            List<Map<String, Object>> removals = IntStream.range(from, Math.min(OWN_TENDERS, from + 500))
                    .mapToObj(i -> Map.<String, Object>of("id", "reindex-" + i, "version", 100, "removed", true))
                    .toList();
            api.send("POST", "/internal/index/tenders", tenderService,
                    ApiClient.JSON.writeValueAsString(Map.of("documents", removals)), null);
        }
        List.of("reindex-edited", "reindex-orphan").forEach(id -> api.send("DELETE",
                "/internal/index/tenders/" + id + "?version=100", tenderService, null, null));
    }

    @Test
    void the_alias_moves_to_a_rebuilt_index_holding_the_owners_documents_and_the_pushes_made_meanwhile()
            throws Exception {
        ApiClient api = new ApiClient(port);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        push(api, tender("reindex-orphan", 1, "Marché que le propriétaire n'a plus"));
        push(api, tender("reindex-edited", 1, "Marché avant modification"));
        owner.noLongerAtTheOwner = "reindex-orphan";
        Set<String> indexBefore = elasticsearch.indices().getAlias(alias -> alias.name("tenders")).aliases().keySet();

        Response started = api.send("POST", REINDEX, admin, null, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("state").asString()).isEqualTo("RUNNING");
        assertThat(owner.secondPageAsked.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(api.send("POST", REINDEX, admin, null, null).status()).as("one reindex at a time").isEqualTo(409);
        assertThat(push(api, tender("reindex-edited", 2, "Marché modifié pendant la reconstruction")).body())
                .contains("INDEXED");
        Response midway = api.get(REINDEX, admin);
        assertThat(midway.json().get("indexed").asLong()).isEqualTo(500);
        assertThat(midway.json().get("total").asLong()).isGreaterThan(OWN_TENDERS);
        owner.mayServeSecondPage.countDown();

        Response done = waitUntilFinished(api, admin);
        assertThat(done.json().get("state").asString()).as(done.body()).isEqualTo("DONE");
        assertThat(done.json().get("indexed").asLong()).isEqualTo(done.json().get("total").asLong());
        String rebuilt = done.json().get("index").asString();
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name("tenders")).aliases().keySet())
                .containsExactly(rebuilt).doesNotContainAnyElementsOf(indexBefore);
        assertThat(elasticsearch.indices().exists(exists -> exists.index(List.copyOf(indexBefore))).value())
                .as("the old index is deleted").isFalse();

        assertThat(elasticsearch.count(count -> count.index("tenders")).count())
                .isEqualTo(done.json().get("total").asLong());
        assertThat(elasticsearch.exists(exists -> exists.index("tenders").id("reindex-orphan")).value())
                .as("a tender the owner no longer has is gone").isFalse();
        var edited = elasticsearch.get(get -> get.index("tenders").id("reindex-edited"), Map.class);
        assertThat(edited.version()).as("the push made during the rebuild is kept").isEqualTo(2);
        assertThat(edited.source()).containsEntry("title", "Marché modifié pendant la reconstruction");
        assertThat(api.get("/api/v1/search/tenders?q=phares&size=1", null).json().get("totalElements").asLong())
                .as("the rebuilt index is searched, with its analysis").isEqualTo(OWN_TENDERS);
    }

    @Test
    void only_admins_and_services_rebuild_an_index() {
        ApiClient api = new ApiClient(port);

        assertThat(api.send("POST", REINDEX, Tokens.forUser(DemoUsers.SUPPLIER), null, null).status()).isEqualTo(403);
        assertThat(api.send("POST", REINDEX, Tokens.forUser(DemoUsers.BUYER), null, null).status()).isEqualTo(403);
        assertThat(api.send("POST", REINDEX, null, null, null).status()).isEqualTo(401);
        assertThat(api.get(REINDEX, null).status()).as("progress is not public").isEqualTo(401);
        Response unknown = api.send("POST", "/api/v1/search/indices/users/reindex", Tokens.forUser(DemoUsers.ADMIN),
                null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("suppliers, tenders");
    }

    private Response waitUntilFinished(ApiClient api, String admin) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        Response progress = api.get(REINDEX, admin);
        while ("RUNNING".equals(progress.json().get("state").asString()) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            progress = api.get(REINDEX, admin);
        }
        return progress;
    }

    private Response push(ApiClient api, VersionedDocument tender) {
        Response response = api.send("POST", "/internal/index/tenders", tenderService,
                ApiClient.JSON.writeValueAsString(Map.of("documents", List.of(Map.of("id", tender.id(), "version",
                        tender.version(), "document", tender.document())))),
                null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static VersionedDocument tender(String id, long version, String title) {
        return new VersionedDocument(id, version, Map.of("id", id, "title", title, "status", "PUBLISHED",
                "placeScope", "DEPARTMENTS", "departmentCodes", List.of("2A"), "regionCodes", List.of("94"),
                "cpvCodes", List.of("71000000")));
    }
}
