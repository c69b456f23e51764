package org.essmarket.tender.searchsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.SearchServiceStandIn;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.tender.buyer.domain.BuyerBody;
import org.essmarket.tender.buyer.persistence.BuyerBodyStore;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Tenders reach search (DESIGN.md §4) through platform's relay, seen at search-service's HTTP
 * boundary: only while suppliers may see them, as removals otherwise, each at its version and
 * with tender-service's own token; and the reindex feed lists only what search may hold.
 */
@ServiceIntegrationTest
class TenderSearchSyncIT {

    private static final String LYON = "21690123100011";
    private static final SearchServiceStandIn search = SearchServiceStandIn.start();

    @LocalServerPort
    int port;

    @Autowired
    TenderService service;

    @Autowired
    TenderStore store;

    @Autowired
    BuyerBodyStore buyers;

    private final Caller buyer = new Caller("buyer-sync", Set.of("buyer"), LYON);
    private final Caller admin = new Caller("admin-sync", Set.of("admin"), null);

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        search.serveFor(registry);
    }

    @AfterAll
    static void stop() {
        search.close();
    }

    @Test
    void a_published_tender_is_indexed_with_its_buyer_and_regions_then_removed_once_cancelled() throws Exception {
        buyers.save(new BuyerBody(LYON, "Ville de Lyon"));
        Tender published = publishedTender();
        awaitSynced(published);

        assertThat(store.findById(published.id()).orElseThrow().version())
                .as("clearing the flag is not a change of the tender").isEqualTo(published.version());
        List<JsonNode> entries = search.entriesFor(published.id());
        JsonNode indexed = entries.getLast();
        assertThat(indexed.path("version").asLong()).isEqualTo(published.version());
        JsonNode document = indexed.path("document");
        assertThat(document.path("title").asString()).isEqualTo("Entretien des parcs de Lyon");
        assertThat(document.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(document.path("buyerSiret").asString()).isEqualTo(LYON);
        assertThat(document.path("buyerName").asString()).isEqualTo("Ville de Lyon");
        assertThat(texts(document.path("departmentCodes"))).containsExactly("69");
        assertThat(texts(document.path("regionCodes"))).containsExactly("84");
        assertThat(texts(document.path("cpvCodes"))).containsExactly("77310000", "90910000", "55300000");
        assertThat(texts(document.path("reservations"))).containsExactly("INSERTION", "DISABILITY");
        assertThat(document.path("lots").get(1).path("reservation").asString()).isEqualTo("DISABILITY");
        assertThat(document.path("insertionHours").asInt()).isEqualTo(1200);
        assertThat(document.path("environmentalClause").asBoolean()).isTrue();
        assertThat(entries.subList(0, entries.size() - 1)).as("pushed before publication: removals only")
                .allSatisfy(entry -> assertThat(entry.path("removed").asBoolean()).isTrue());
        assertThat(search.pushes().getLast().claims().path("azp").asString()).isEqualTo("tender-service");

        Tender cancelled = service.cancelTender(buyer, published.id(), published.version(), "Besoin abandonné");
        awaitSynced(cancelled);

        JsonNode removal = search.entriesFor(published.id()).getLast();
        assertThat(removal.path("version").asLong()).isEqualTo(cancelled.version()).isGreaterThan(published.version());
        assertThat(removal.path("removed").asBoolean()).isTrue();
        assertThat(removal.has("document")).isFalse();
    }

    @Test
    void the_reindex_feed_lists_only_tenders_suppliers_may_see_and_only_to_search_service() throws Exception {
        Tender draft = service.createTender(buyer, terms(), false);
        Tender published = publishedTender();
        ApiClient api = new ApiClient(port);

        ApiClient.Response feed = api.get("/internal/tenders?size=500",
                Tokens.forClient("search-service", DemoUsers.serviceClientSecret("search-service")));

        assertThat(feed.status()).isEqualTo(200);
        List<String> ids = feed.json().path("content").valueStream()
                .map(entry -> entry.path("document").path("id").asString()).toList();
        assertThat(ids).contains(published.id()).doesNotContain(draft.id());
        assertThat(feed.json().path("content").valueStream()
                .filter(entry -> entry.path("document").path("id").asString().equals(published.id()))
                .findFirst().orElseThrow().path("version").asLong()).isEqualTo(published.version());
        assertThat(api.get("/internal/tenders", Tokens.forUser(DemoUsers.BUYER)).status()).isEqualTo(403);
        assertThat(api.get("/internal/tenders", Tokens.forClient("consortium-service",
                DemoUsers.serviceClientSecret("consortium-service"))).status()).as("another service").isEqualTo(403);
        assertThat(api.get("/internal/tenders", null).status()).isEqualTo(401);
    }

    @Test
    void a_tender_leaving_the_feed_while_search_pages_through_it_makes_no_other_skipped() {
        List<Tender> ours = List.of(publishedTender(), publishedTender(), publishedTender());
        Set<String> ourIds = ours.stream().map(Tender::id).collect(Collectors.toSet());
        ApiClient api = new ApiClient(port);
        List<String> visibleBefore = readTheFeed(api, id -> { });

        List<String> cancelled = new ArrayList<>();
        List<String> read = readTheFeed(api, id -> {
            if (cancelled.isEmpty() && ourIds.contains(id)) {
                Tender tender = store.findById(id).orElseThrow();
                service.cancelTender(buyer, id, tender.version(), "Besoin abandonné pendant la reconstruction");
                cancelled.add(id);
            }
        });

        assertThat(cancelled).as("one of ours was cancelled while search read the feed").hasSize(1);
        assertThat(read).as("every tender visible throughout is read").containsAll(visibleBefore);
    }

    /** The whole feed one tender at a time, as search pages through it, telling {@code onRead} of each. */
    private List<String> readTheFeed(ApiClient api, Consumer<String> onRead) {
        String searchService = Tokens.forClient("search-service", DemoUsers.serviceClientSecret("search-service"));
        List<String> read = new ArrayList<>();
        JsonNode page;
        do {
            page = api.get("/internal/tenders?size=1" + (read.isEmpty() ? "" : "&after=" + read.getLast()),
                    searchService).json();
            page.path("content").valueStream().map(entry -> entry.path("document").path("id").asString())
                    .forEach(id -> {
                        read.add(id);
                        onRead.accept(id);
                    });
        } while (page.path("content").size() == 1);
        return read;
    }

    private Tender publishedTender() {
        Tender draft = service.createTender(buyer, terms(), false);
        Tender submitted = service.submitTender(buyer, draft.id(), draft.version(), Map.of());
        return service.publishTender(admin, submitted.id());
    }

    private static TenderTerms terms() {
        return Fixtures.terms(Fixtures.threeLots(), null, Fixtures.criteria(), Instant.now().plus(Duration.ofDays(30)));
    }

    private void awaitSynced(Tender tender) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && (store.pendingSync(1000).stream()
                .anyMatch(pending -> pending.tender().id().equals(tender.id())) || search.entriesFor(tender.id()).isEmpty())) {
            Thread.sleep(200);
        }
        assertThat(store.pendingSync(1000)).extracting(pending -> pending.tender().id()).as("pushed and marked synced")
                .doesNotContain(tender.id());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
