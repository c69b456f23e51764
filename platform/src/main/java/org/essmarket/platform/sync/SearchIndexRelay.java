package org.essmarket.platform.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Pushes the pending changes of each {@link IndexedCollection} to search-service (DESIGN.md §4): in
 * bulk, with their versions, clearing a change's mark only once search holds it and only if the
 * version did not move meanwhile. While search is away, changes stay pending and the relay retries
 * with a growing pause, saying so once rather than at every attempt.
 */
public class SearchIndexRelay {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRelay.class);
    /** Short: once search (or its Elasticsearch) is back, it must catch up within seconds. */
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** Changes per push: one bulk request each (search-service takes at most 500). */
    static final int BATCH = 250;

    private final List<IndexedCollection> collections;
    private final IndexSyncClient search;
    private final Clock clock;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    public SearchIndexRelay(List<IndexedCollection> collections, IndexSyncClient search, Clock clock) {
        this.collections = List.copyOf(collections);
        this.search = search;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${essmarket.search-sync.interval:500ms}")
    public void pushPendingChanges() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        for (IndexedCollection collection : collections) {
            if (!pushPendingChanges(collection)) {
                return;
            }
        }
    }

    /** False when search could not be reached: the other collections wait for the next attempt too. */
    private boolean pushPendingChanges(IndexedCollection collection) {
        List<VersionedDocument> pending = collection.pendingChanges(BATCH);
        while (!pending.isEmpty()) {
            Set<String> done;
            try {
                done = search.indexAll(collection.type(), pending);
            } catch (RuntimeException searchUnavailable) {
                pauseAfter(collection, searchUnavailable);
                return false;
            }
            pending.stream().filter(change -> done.contains(change.id()))
                    .forEach(change -> collection.markSynced(change.id(), change.version()));
            if (failures > 0) {
                log.info("search-service is reachable again: pushing the pending changes of the {} index", collection.type());
                failures = 0;
            }
            if (done.size() < pending.size()) {
                return true; // some were refused one by one: the next run tries them again
            }
            pending = collection.pendingChanges(BATCH);
        }
        return true;
    }

    private void pauseAfter(IndexedCollection collection, RuntimeException failure) {
        failures++;
        Duration pause = Duration.ofSeconds(1L << Math.min(failures, 7));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        nextAttempt = clock.instant().plus(pause);
        if (failures == 1) {
            log.warn("search-service is not reachable ({}); changes to the {} index stay pending and are retried",
                    failure.getMessage(), collection.type());
        } else {
            log.debug("search-service still not reachable; next attempt in {}", pause);
        }
    }
}
