package org.essmarket.platform.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.HttpClientErrorException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Pushes the pending changes of each {@link IndexedCollection} to search-service (DESIGN.md §4): in
 * bulk, with their versions, the longest waiting first, clearing a change's mark only once search
 * holds it and only if the version did not move meanwhile. While search is away, changes stay
 * pending and the relay retries with a growing pause, saying so once rather than at every attempt.
 * A change search itself refuses (an item it could not index, or one that makes the whole request
 * unacceptable) waits its own growing pause while the others move on, and after
 * {@code maxAttempts} refusals is set aside for good: logged as an error and counted in the metric
 * {@code essmarket.search.sync.dead.letters} until the document changes again (a rebuild of the
 * index meanwhile gives search its current version).
 */
public class SearchIndexRelay implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRelay.class);
    /** Short: once search (or its Elasticsearch) is back, it must catch up within seconds. */
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** Changes per push: one bulk request each (search-service takes at most 500). */
    static final int BATCH = 250;

    private final List<IndexedCollection> collections;
    private final IndexSyncClient search;
    private final SearchSyncProperties settings;
    private final Clock clock;
    private int unreachable;
    private Instant nextAttempt = Instant.MIN;

    public SearchIndexRelay(List<IndexedCollection> collections, IndexSyncClient search, SearchSyncProperties settings,
            Clock clock) {
        this.collections = List.copyOf(collections);
        this.search = search;
        this.settings = settings;
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

    @Override
    public void bindTo(MeterRegistry registry) {
        for (IndexedCollection collection : collections) {
            Gauge.builder("essmarket.search.sync.dead.letters", collection, IndexedCollection::deadLetters)
                    .tag("index", collection.type())
                    .description("Changes search-service kept refusing, set aside until they change again")
                    .register(registry);
        }
    }

    /** False when search could not be reached: the other collections wait for the next attempt too. */
    private boolean pushPendingChanges(IndexedCollection collection) {
        List<VersionedDocument> pending = collection.pendingChanges(BATCH);
        while (!pending.isEmpty()) {
            if (!push(collection, pending)) {
                return false;
            }
            pending = collection.pendingChanges(BATCH);
        }
        return true;
    }

    /** False when search could not be reached; changes it refused are set aside for later. */
    private boolean push(IndexedCollection collection, List<VersionedDocument> changes) {
        Set<String> done;
        try {
            done = search.indexAll(collection.type(), changes);
        } catch (HttpClientErrorException refused) {
            if (!refusesTheContent(refused)) {
                pauseAfter(collection, refused);
                return false;
            }
            reachable(collection);
            if (changes.size() == 1) {
                setAside(collection, changes.getFirst(), reason(refused));
                return true;
            }
            // Some change makes the whole request unacceptable (too large, invalid): halve until it is found.
            int half = changes.size() / 2;
            return push(collection, changes.subList(0, half)) && push(collection, changes.subList(half, changes.size()));
        } catch (RuntimeException searchUnavailable) {
            pauseAfter(collection, searchUnavailable);
            return false;
        }
        reachable(collection);
        for (VersionedDocument change : changes) {
            if (done.contains(change.id())) {
                collection.markSynced(change.id(), change.version());
            } else {
                setAside(collection, change, "search-service could not index it");
            }
        }
        return true;
    }

    /** A 400, 413 or 422 is about what was sent; any other 4xx (401, 403, 404, 429) about the relay or search. */
    private static boolean refusesTheContent(HttpClientErrorException refused) {
        int status = refused.getStatusCode().value();
        return status == 400 || status == 413 || status == 422;
    }

    /** The status and the start of search's answer (a problem+json naming what it refused). */
    private static String reason(HttpClientErrorException refused) {
        String answer = refused.getStatusCode() + " " + refused.getResponseBodyAsString();
        return answer.length() > 500 ? answer.substring(0, 500) : answer;
    }

    private void setAside(IndexedCollection collection, VersionedDocument change, String reason) {
        int failures = change.failures() + 1;
        if (failures >= settings.maxAttempts()) {
            log.error("search-service refused {} {} (version {}) {} times, last: {}; it is set aside until it changes "
                    + "again (a rebuild of the index gives search its current version)", collection.type(), change.id(),
                    change.version(), failures, reason);
            collection.markFailed(change.id(), change.version(), SyncFailure.givenUp(failures, reason));
            return;
        }
        Duration pause = retryPause(failures);
        log.warn("search-service refused {} {} (version {}): {}; refusal {} of {}, next attempt in {}",
                collection.type(), change.id(), change.version(), reason, failures, settings.maxAttempts(), pause);
        collection.markFailed(change.id(), change.version(),
                SyncFailure.retryAt(failures, clock.instant().plus(pause), reason));
    }

    /** {@code firstRetry}, doubled at each further refusal, at most {@code longestRetry}. */
    private Duration retryPause(int failures) {
        Duration pause = settings.firstRetry().multipliedBy(1L << Math.min(failures - 1, 30));
        return pause.compareTo(settings.longestRetry()) > 0 ? settings.longestRetry() : pause;
    }

    private void reachable(IndexedCollection collection) {
        if (unreachable > 0) {
            log.info("search-service is reachable again: pushing the pending changes of the {} index", collection.type());
            unreachable = 0;
        }
    }

    private void pauseAfter(IndexedCollection collection, RuntimeException failure) {
        unreachable++;
        Duration pause = Duration.ofSeconds(1L << Math.min(unreachable, 7));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        nextAttempt = clock.instant().plus(pause);
        if (unreachable == 1) {
            log.warn("search-service is not reachable ({}); changes to the {} index stay pending and are retried",
                    failure.getMessage(), collection.type());
        } else {
            log.debug("search-service still not reachable; next attempt in {}", pause);
        }
    }
}
