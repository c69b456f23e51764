package org.essmarket.search.index.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.essmarket.search.index.application.OwnerFeeds.FeedPage;
import org.essmarket.search.index.application.SearchIndices.VersionedDocument;
import org.essmarket.search.index.domain.ReindexRun;
import org.essmarket.search.index.persistence.ReindexStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Rebuilds an index from its owner's feed without downtime (DESIGN.md §4): a new index is created
 * next to the live one, filled page by page from the owner's feed while pushes keep landing in both,
 * then the alias moves to it in one atomic step and the old index is deleted. Searches read the old
 * index until the swap. If anything fails, the new index is dropped and the alias stays where it was.
 *
 * <p>With several replicas, the reindex lives in search's store ({@link ReindexStore}), not in the
 * memory of the replica that runs it: every replica copies its pushes into the index being built
 * and answers the same progress, and one reindex per type runs at a time, whichever replica is
 * asked. The running replica's claim is a lease it extends at each page; a reindex that makes no
 * progress for the lease (its replica died) may be replaced, and the new one deletes what the old
 * one left. A replica that finds its claim taken stops without touching the indices.
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);
    /** Documents read from the feed per page (the owners' feeds serve at most 500). */
    static final int PAGE_SIZE = 500;

    private final SearchIndices indices;
    private final OwnerFeeds feeds;
    private final ReindexStore store;
    private final Duration lease;
    private final Clock clock;
    /** This replica, as the owner of the reindexes it runs. */
    private final String replica = UUID.randomUUID().toString();
    private final Executor runner = Executors.newVirtualThreadPerTaskExecutor();

    @Autowired
    public Reindexing(SearchIndices indices, OwnerFeeds feeds, ReindexStore store, ReindexProperties settings) {
        this(indices, feeds, store, settings, Clock.systemUTC());
    }

    /** A replica with its own clock (tests of a lease that lapsed). */
    public Reindexing(SearchIndices indices, OwnerFeeds feeds, ReindexStore store, ReindexProperties settings,
            Clock clock) {
        this.indices = indices;
        this.feeds = feeds;
        this.store = store;
        this.lease = settings.lease();
        this.clock = clock;
    }

    /** Thrown when a reindex of the type is already running, on this replica or another. */
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning(String type) {
            super("a reindex of " + type + " is already running");
        }
    }

    /** Thrown inside a run whose claim another replica took after its lease lapsed. */
    private static class ClaimLost extends RuntimeException {
        ClaimLost(String type) {
            super("the reindex of " + type + " was taken over by another replica");
        }
    }

    /** Starts rebuilding the type's index in the background and returns its first progress. */
    public ReindexProgress start(String type) throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown index type " + type);
        }
        Instant now = clock.instant();
        if (!store.claim(type, replica, now, now.plus(lease))) {
            throw new AlreadyRunning(type);
        }
        String index;
        try {
            index = indices.createNextIndex(type);
        } catch (IOException | RuntimeException e) {
            store.finished(type, replica, ReindexRun.State.FAILED, e.getMessage(), clock.instant());
            throw e;
        }
        if (!store.building(type, replica, index)) {
            throw new AlreadyRunning(type); // lapsed already and taken by another: it deletes our index
        }
        runner.execute(() -> run(type, index));
        log.info("reindex of {} started into {}", type, index);
        return progressOf(type).orElseThrow();
    }

    /** The last reindex of the type, whichever replica ran it. */
    public Optional<ReindexProgress> progressOf(String type) {
        return store.find(type).map(run -> ReindexProgress.of(run, clock.instant()));
    }

    private void run(String type, String index) {
        Instant startedAt = clock.instant();
        long indexed = 0;
        try {
            String after = null;
            FeedPage read;
            do {
                read = feeds.read(type, after, PAGE_SIZE);
                List<VersionedDocument> documents = read.documents();
                Set<String> failed = indices.copyInto(type, index, documents);
                if (!failed.isEmpty()) {
                    throw new IllegalStateException(failed.size() + " documents of the feed could not be indexed, "
                            + "among them " + failed.iterator().next());
                }
                indexed += documents.size();
                if (!store.progressed(type, replica, indexed, read.totalElements(), clock.instant().plus(lease))) {
                    throw new ClaimLost(type);
                }
                log.info("reindex of {}: {}/{} documents", type, indexed, read.totalElements());
                if (!documents.isEmpty()) {
                    after = documents.getLast().id();
                }
            } while (read.documents().size() == PAGE_SIZE); // a shorter page is the feed's last
            indices.swapAlias(type, index);
            store.finished(type, replica, ReindexRun.State.DONE, null, clock.instant());
            log.info("reindex of {} done: {} documents in {}", type, indexed,
                    Duration.between(startedAt, clock.instant()));
        } catch (ClaimLost e) {
            log.warn("{}; this replica stops, leaving the indices to it", e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (store.finished(type, replica, ReindexRun.State.FAILED, e.getMessage(), clock.instant())) {
                dropQuietly(index);
            }
            log.warn("reindex of {} failed, the alias stays on the index it was on: {}", type, e.toString());
        }
    }

    private void dropQuietly(String index) {
        try {
            indices.deleteIndex(index);
        } catch (IOException | RuntimeException e) {
            log.warn("could not delete the unfinished index {}: {}", index, e.toString());
        }
    }
}
