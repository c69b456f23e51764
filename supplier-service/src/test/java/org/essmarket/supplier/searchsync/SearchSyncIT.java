package org.essmarket.supplier.searchsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.essmarket.devstack.test.SearchServiceStandIn;
import org.essmarket.devstack.test.SearchServiceStandIn.Push;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.supplier.FreshSirets;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.domain.Activity;
import org.essmarket.supplier.supplier.domain.GeographicRange;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.ServiceType;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md §4 with search-service failing at its HTTP boundary: a stand-in that refuses the first
 * pushes (503), then accepts. The change must stay pending, then land, with its version and the
 * supplier-service's own service token. A change search itself refuses is retried a few times,
 * then set aside for good, without holding up the others.
 */
@ServiceIntegrationTest
class SearchSyncIT {

    private static final SearchServiceStandIn search = SearchServiceStandIn.start();
    private static final Caller MEMBER = new Caller("user-1", Set.of("supplier"));

    @Autowired
    SupplierDirectory directory;

    @Autowired
    SupplierStore suppliers;

    @Autowired
    SupplierIndexing indexing;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        search.refuseNext(2);
        search.serveFor(registry);
        registry.add("essmarket.search-sync.max-attempts", () -> "2");
        registry.add("essmarket.search-sync.first-retry", () -> "100ms");
    }

    @AfterAll
    static void stop() {
        search.close();
    }

    @Test
    void a_change_stays_pending_while_search_refuses_it_then_lands_with_its_version() throws Exception {
        Supplier registered = directory.registerSupplier(MEMBER, "73282932000074", profile("Régie de quartier Sync"));

        awaitUntil(() -> !pending(registered.id()));

        assertThat(pending(registered.id())).as("pushed and marked synced").isFalse();
        assertThat(search.refusalsLeft()).as("search refused twice first").isZero();
        assertThat(suppliers.findById(registered.id()).orElseThrow().version())
                .as("clearing the flag is not a change of the supplier").isEqualTo(registered.version());
        Push accepted = search.pushes().stream()
                .filter(push -> push.entry(registered.id()).isPresent()).findFirst().orElseThrow();
        JsonNode entry = accepted.entry(registered.id()).orElseThrow();
        assertThat(accepted.request()).isEqualTo("POST /internal/index/suppliers");
        assertThat(entry.path("version").asLong()).isEqualTo(registered.version());
        assertThat(entry.path("document").path("legalName").asString()).isEqualTo("Régie de quartier Sync");
        assertThat(accepted.claims().path("azp").asString()).isEqualTo("supplier-service");
    }

    @Test
    void a_change_search_keeps_refusing_is_set_aside_for_good_without_holding_up_the_others_until_it_changes() throws Exception {
        long deadLetters = indexing.deadLetters();
        search.failEntries(entry -> entry.path("document").path("legalName").asString().equals("Structure refusée"));
        Supplier refused = directory.registerSupplier(MEMBER, FreshSirets.next(), profile("Structure refusée"));
        Supplier other = directory.registerSupplier(MEMBER, FreshSirets.next(), profile("Structure acceptée"));

        awaitUntil(() -> indexing.deadLetters() > deadLetters && !pending(other.id()));

        assertThat(indexing.deadLetters()).isEqualTo(deadLetters + 1);
        assertThat(search.entriesFor(refused.id())).as("refused at each of its 2 attempts, then set aside").hasSize(2);
        assertThat(search.entriesFor(other.id())).as("the other landed at once").hasSize(1);

        search.failEntries(entry -> false);
        Supplier corrected = directory.updateProfile(MEMBER, refused.id(), refused.version(),
                profile("Structure corrigée"));
        awaitUntil(() -> !pending(corrected.id()) && indexing.deadLetters() == deadLetters);

        JsonNode landed = search.entriesFor(refused.id()).getLast();
        assertThat(landed.path("version").asLong()).isEqualTo(corrected.version());
        assertThat(landed.path("document").path("legalName").asString()).isEqualTo("Structure corrigée");
        assertThat(indexing.deadLetters()).as("its new version is no dead letter").isEqualTo(deadLetters);
    }

    @Test
    void a_change_pending_from_before_the_relay_kept_due_times_is_still_pushed() throws Exception {
        Supplier registered = directory.registerSupplier(MEMBER, FreshSirets.next(), profile("Structure d'avant"));
        awaitUntil(() -> !pending(registered.id()));
        int pushes = search.entriesFor(registered.id()).size();

        mongo.updateFirst(new Query(Criteria.where("_id").is(registered.id())),
                new Update().set("syncPending", true).unset("syncDueAt"), "suppliers");
        awaitUntil(() -> search.entriesFor(registered.id()).size() > pushes && !pending(registered.id()));

        assertThat(search.entriesFor(registered.id())).hasSize(pushes + 1);
    }

    private static SupplierProfile profile(String legalName) {
        return new SupplierProfile(legalName, null, null, null, null, Set.of(SupplierKind.EI),
                new Location(null, null, "75056", null, null, null, null, null),
                List.of(new Activity(List.of("90910000"), Set.of(ServiceType.SERVICE),
                        new GeographicRange(GeographicRange.Kind.COUNTRY, null, null, null))),
                null, null, null, null, null, null, null, null, null, null);
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private boolean pending(String id) {
        return suppliers.pendingSync(1000).stream().anyMatch(change -> change.supplier().id().equals(id));
    }
}
