package org.essmarket.supplier.searchsync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.platform.sync.IndexSyncClient;
import org.essmarket.platform.sync.IndexSyncClient.VersionedDocument;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.essmarket.supplier.supplier.persistence.SupplierStore.PendingChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pushes every changed supplier to search-service (DESIGN.md §4). A change is marked pending in the
 * same write that makes it; this relay pushes pending suppliers with their version and clears the
 * mark only if the version did not move meanwhile. While search is away, changes stay pending and
 * the relay retries with a growing pause, saying so once rather than at every attempt.
 */
@Component
class SearchIndexRelay {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRelay.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);
    /** Suppliers per push: one bulk request each. */
    private static final int BATCH = 250;

    private final SupplierStore suppliers;
    private final IndexSyncClient search;
    private final Clock clock;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    SearchIndexRelay(SupplierStore suppliers, IndexSyncClient search, Clock clock) {
        this.suppliers = suppliers;
        this.search = search;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${essmarket.search-sync.interval:2s}")
    void pushPendingChanges() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        List<PendingChange> pending = suppliers.pendingSync(BATCH);
        while (!pending.isEmpty()) {
            Set<String> done;
            try {
                done = search.indexAll("suppliers", pending.stream()
                        .map(change -> new VersionedDocument(change.supplier().id(), change.version(),
                                SupplierIndexDocument.of(change.supplier())))
                        .toList());
            } catch (RuntimeException searchUnavailable) {
                pauseAfter(searchUnavailable);
                return;
            }
            pending.stream().filter(change -> done.contains(change.supplier().id()))
                    .forEach(change -> suppliers.markSynced(change.supplier().id(), change.version()));
            if (failures > 0) {
                log.info("search-service is reachable again: pushing pending supplier changes");
                failures = 0;
            }
            if (done.size() < pending.size()) {
                return; // some were refused one by one: the next run tries them again
            }
            pending = suppliers.pendingSync(BATCH);
        }
    }

    private void pauseAfter(RuntimeException failure) {
        failures++;
        Duration pause = Duration.ofSeconds(1L << Math.min(failures, 7));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        nextAttempt = clock.instant().plus(pause);
        if (failures == 1) {
            log.warn("search-service is not reachable ({}); supplier changes stay pending and are retried",
                    failure.getMessage());
        } else {
            log.debug("search-service still not reachable; next attempt in {}", pause);
        }
    }
}
