package org.essmarket.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.essmarket.search.index.application.IndexDocumentEnricher;
import org.essmarket.search.index.application.IndexedDocumentListener;
import org.essmarket.search.index.application.OwnerFeeds;
import org.essmarket.search.index.application.ReindexProgress;
import org.essmarket.search.index.application.ReindexProperties;
import org.essmarket.search.index.application.Reindexing;
import org.essmarket.search.index.application.SearchIndices;
import org.essmarket.search.index.application.SearchIndices.VersionedDocument;
import org.essmarket.search.index.domain.ReindexRun;
import org.essmarket.search.index.persistence.ReindexStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
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

    @Autowired
    ObjectProvider<IndexDocumentEnricher> enrichers;

    @Autowired
    ObjectProvider<IndexedDocumentListener> listeners;

    @Autowired
    ReindexStore reindexes;

    @Autowired
    ReindexProperties settings;

    /** Ids this test pushed, removed after it (ids of its own: a removal's tombstone outlives the test). */
    private final List<String> uniqueIds = new ArrayList<>();

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
        volatile CountDownLatch secondPageAsked;
        volatile CountDownLatch mayServeSecondPage;
        volatile String noLongerAtTheOwner = "";
        private volatile List<VersionedDocument> feed = List.of();

        TenderServiceStandIn(ElasticsearchClient elasticsearch) {
            this.elasticsearch = elasticsearch;
            pauseBeforeTheSecondPage();
        }

        void pauseBeforeTheSecondPage() {
            secondPageAsked = new CountDownLatch(1);
            mayServeSecondPage = new CountDownLatch(1);
        }

        @Override
        public FeedPage read(String type, String after, int size) {
            if (after == null) {
                List<VersionedDocument> all = new ArrayList<>(heldBySearch());
                all.removeIf(document -> document.id().equals(noLongerAtTheOwner));
                IntStream.range(0, OWN_TENDERS).mapToObj(i -> tender("reindex-" + i, 1, "Entretien des phares " + i))
                        .forEach(all::add);
                all.sort(Comparator.comparing(VersionedDocument::id));
                feed = List.copyOf(all);
            } else {
                secondPageAsked.countDown();
                try {
                    mayServeSecondPage.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new FeedPage(feed.stream().filter(document -> after == null || document.id().compareTo(after) > 0)
                    .limit(size).toList(), feed.size());
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

    @BeforeEach
    void pauseTheFeed() {
        owner.pauseBeforeTheSecondPage();
    }

    @AfterEach
    void removeThisTestsTenders() {
        owner.mayServeSecondPage.countDown(); // a test that failed midway leaves no reindex waiting
        ApiClient api = new ApiClient(port);
        for (int from = 0; from < OWN_TENDERS; from += 500) {
            List<Map<String, Object>> removals = IntStream.range(from, Math.min(OWN_TENDERS, from + 500))
                    .mapToObj(i -> Map.<String, Object>of("id", "reindex-" + i, "version", 100, "removed", true))
                    .toList();
            api.send("POST", "/internal/index/tenders", tenderService,
                    ApiClient.JSON.writeValueAsString(Map.of("documents", removals)), null);
        }
        uniqueIds.add("reindex-edited");
        uniqueIds.add("reindex-orphan");
        uniqueIds.forEach(id -> api.send("DELETE",
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

        String rebuilt = rebuiltFromTheWholeFeed(waitUntilFinished(api, admin));
        assertThat(rebuilt).isNotIn(indexBefore);
        assertThat(elasticsearch.indices().exists(exists -> exists.index(List.copyOf(indexBefore))).value())
                .as("the old index is deleted").isFalse();

        assertThat(elasticsearch.exists(exists -> exists.index("tenders").id("reindex-orphan")).value())
                .as("a tender the owner no longer has is gone").isFalse();
        var edited = elasticsearch.get(get -> get.index("tenders").id("reindex-edited"), Map.class);
        assertThat(edited.version()).as("the push made during the rebuild is kept").isEqualTo(2);
        assertThat(edited.source()).containsEntry("title", "Marché modifié pendant la reconstruction");
        assertThat(api.get("/api/v1/search/tenders?q=phares&size=1", null).json().get("totalElements").asLong())
                .as("the rebuilt index is searched, with its analysis").isEqualTo(OWN_TENDERS);
    }

    @Test
    void a_push_reaching_another_replica_during_a_reindex_is_in_the_index_after_the_swap() throws Exception {
        ApiClient api = new ApiClient(port);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        Replica b = replica(Clock.systemUTC());
        String id = uniqueId("reindex-pushed-on-b");
        startAndWaitForTheSecondPage(api, admin);

        assertThat(b.indices().indexAll("tenders", List.of(tender(id, 1, "Marché poussé sur B"))))
                .extracting(SearchIndices.Result::outcome).containsExactly(SearchIndices.Outcome.INDEXED);
        owner.mayServeSecondPage.countDown();

        assertThat(waitUntilFinished(api, admin).json().get("state").asString()).isEqualTo("DONE");
        var pushed = elasticsearch.get(get -> get.index("tenders").id(id), Map.class);
        assertThat(pushed.found()).as("the push B took while A rebuilt the index").isTrue();
        assertThat(pushed.version()).isEqualTo(1);
    }

    @Test
    void a_removal_during_a_reindex_is_not_brought_back_by_the_swap() throws Exception {
        ApiClient api = new ApiClient(port);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        String id = uniqueId("reindex-removed-on-b");
        push(api, tender(id, 1, "Marché annulé pendant la reconstruction"));
        Replica b = replica(Clock.systemUTC());
        startAndWaitForTheSecondPage(api, admin);

        assertThat(b.indices().remove("tenders", id, 2)).isEqualTo(SearchIndices.Outcome.REMOVED);
        owner.mayServeSecondPage.countDown();

        assertThat(waitUntilFinished(api, admin).json().get("state").asString()).isEqualTo("DONE");
        assertThat(elasticsearch.exists(exists -> exists.index("tenders").id(id)).value())
                .as("removed on B while A's feed still listed it").isFalse();
    }

    @Test
    void a_second_reindex_is_refused_on_every_replica_while_one_runs_and_every_replica_tells_its_progress()
            throws Exception {
        ApiClient api = new ApiClient(port);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        Replica b = replica(Clock.systemUTC());
        startAndWaitForTheSecondPage(api, admin);

        assertThatThrownBy(() -> b.reindexing().start("tenders")).isInstanceOf(Reindexing.AlreadyRunning.class);
        ReindexProgress seenByB = b.reindexing().progressOf("tenders").orElseThrow();
        assertThat(seenByB.state()).isEqualTo(ReindexRun.State.RUNNING);
        assertThat(seenByB.indexed()).isEqualTo(500);
        assertThat(seenByB.index()).isEqualTo(api.get(REINDEX, admin).json().get("index").asString());
        owner.mayServeSecondPage.countDown();

        Response done = waitUntilFinished(api, admin);
        assertThat(done.json().get("state").asString()).isEqualTo("DONE");
        assertThat(b.reindexing().progressOf("tenders").orElseThrow().state()).isEqualTo(ReindexRun.State.DONE);
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name("tenders")).aliases().keySet())
                .containsExactly(done.json().get("index").asString());
    }

    @Test
    void a_reindex_whose_replica_died_gives_way_to_a_new_one_which_deletes_what_it_left() throws Exception {
        ApiClient api = new ApiClient(port);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        Replica dying = replica(Clock.systemUTC());
        dying.reindexing().start("tenders");
        assertThat(owner.secondPageAsked.await(60, TimeUnit.SECONDS)).isTrue();
        Replica afterTheLease = replica(Clock.offset(Clock.systemUTC(), settings.lease().plusMinutes(1)));

        ReindexProgress replacing = afterTheLease.reindexing().start("tenders");
        assertThat(replacing.state()).isEqualTo(ReindexRun.State.RUNNING);
        owner.mayServeSecondPage.countDown();

        String rebuilt = rebuiltFromTheWholeFeed(waitUntilFinished(api, admin));
        assertThat(elasticsearch.indices().get(get -> get.index("tenders-v*")).indices().keySet())
                .as("no index is left besides the live one").containsExactly(rebuilt);
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

    /** Another search-service replica: its own memory, the same Elasticsearch, store and owner feed. */
    private record Replica(SearchIndices indices, Reindexing reindexing) {
    }

    private Replica replica(Clock clock) {
        SearchIndices indices = new SearchIndices(elasticsearch, 0, enrichers, listeners, reindexes);
        return new Replica(indices, new Reindexing(indices, owner, reindexes, settings, clock));
    }

    private String uniqueId(String prefix) {
        String id = prefix + "-" + UUID.randomUUID();
        uniqueIds.add(id);
        return id;
    }

    private void startAndWaitForTheSecondPage(ApiClient api, String admin) throws InterruptedException {
        Response started = api.send("POST", REINDEX, admin, null, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(owner.secondPageAsked.await(60, TimeUnit.SECONDS)).isTrue();
    }

    /** A reindex DONE with every document of the feed, the alias on its index, which holds just those. */
    private String rebuiltFromTheWholeFeed(Response done) throws IOException {
        assertThat(done.json().get("state").asString()).as(done.body()).isEqualTo("DONE");
        long total = done.json().get("total").asLong();
        assertThat(done.json().get("indexed").asLong()).isEqualTo(total);
        String rebuilt = done.json().get("index").asString();
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name("tenders")).aliases().keySet())
                .containsExactly(rebuilt);
        assertThat(elasticsearch.count(count -> count.index("tenders")).count()).isEqualTo(total);
        return rebuilt;
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
