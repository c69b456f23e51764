package org.essmarket.supplier.searchsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.devstack.test.SearchServiceStandIn;
import org.essmarket.devstack.test.SearchServiceStandIn.Push;
import org.essmarket.devstack.test.ServiceIntegrationTest;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md §4 with search-service failing at its HTTP boundary: a stand-in that refuses the first
 * pushes (503), then accepts. The change must stay pending, then land, with its version and the
 * supplier-service's own service token.
 */
@ServiceIntegrationTest
class SearchSyncIT {

    private static final SearchServiceStandIn search = SearchServiceStandIn.start();

    @Autowired
    SupplierDirectory directory;

    @Autowired
    SupplierStore suppliers;

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        search.refuseNext(2);
        search.serveFor(registry);
    }

    @AfterAll
    static void stop() {
        search.close();
    }

    @Test
    void a_change_stays_pending_while_search_refuses_it_then_lands_with_its_version() throws Exception {
        Supplier registered = directory.registerSupplier(new Caller("user-1", Set.of("supplier")), "73282932000074",
                new SupplierProfile("Régie de quartier Sync", null, null, null, null, Set.of(SupplierKind.EI),
                        new Location(null, null, "75056", null, null, null, null, null),
                        List.of(new Activity(List.of("90910000"), Set.of(ServiceType.SERVICE),
                                new GeographicRange(GeographicRange.Kind.COUNTRY, null, null, null))),
                        null, null, null, null, null, null, null, null, null));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (pending(registered.id()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

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

    private boolean pending(String id) {
        return suppliers.pendingSync(1000).stream().anyMatch(change -> change.supplier().id().equals(id));
    }
}
