package org.essmarket.search.index.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.essmarket.search.index.application.OwnerFeeds.FeedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds an index from its owner's feed without downtime (DESIGN.md §4): a new index is created
 * next to the live one, filled page by page from the owner's feed while pushes keep landing in both,
 * then the alias moves to it in one atomic step and the old index is deleted. Searches read the old
 * index until the swap. If anything fails, the new index is dropped and the alias stays where it was.
 * One reindex per type at a time; progress is logged and kept for {@link #progressOf}.
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);
    /** Documents read from the feed per page (the owners' feeds serve at most 500). */
    static final int PAGE_SIZE = 500;

    private final SearchIndices indices;
    private final OwnerFeeds feeds;
    private final Executor runner = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ReindexProgress> progress = new ConcurrentHashMap<>();

    public Reindexing(SearchIndices indices, OwnerFeeds feeds) {
        this.indices = indices;
        this.feeds = feeds;
    }

    /** Thrown when a reindex of the type is already running. */
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning(String type) {
            super("a reindex of " + type + " is already running");
        }
    }

    /** Starts rebuilding the type's index in the background and returns its first progress. */
    public synchronized ReindexProgress start(String type) throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown index type " + type);
        }
        if (progressOf(type).filter(ReindexProgress::isRunning).isPresent()) {
            throw new AlreadyRunning(type);
        }
        String index = indices.createNextIndex(type);
        Job job = new Job(type, index, clock.instant());
        progress.put(type, job.snapshot(clock.instant()));
        indices.startCopyingPushesTo(type, index);
        runner.execute(() -> run(job));
        log.info("reindex of {} started into {}", type, index);
        return progress.get(type);
    }

    public Optional<ReindexProgress> progressOf(String type) {
        return Optional.ofNullable(progress.get(type));
    }

    private void run(Job job) {
        try {
            int page = 0;
            FeedPage read;
            do {
                read = feeds.read(job.type, page++, PAGE_SIZE);
                Set<String> failed = indices.copyInto(job.type, job.index, read.documents());
                if (!failed.isEmpty()) {
                    throw new IllegalStateException(failed.size() + " documents of the feed could not be indexed, "
                            + "among them " + failed.iterator().next());
                }
                job.copied(read.documents().size(), read.totalElements());
                ReindexProgress now = job.snapshot(clock.instant());
                progress.put(job.type, now);
                log.info("reindex of {}: {}/{} documents ({} a second)", job.type, now.indexed(), now.total(),
                        now.documentsPerSecond());
            } while (page < read.totalPages());
            indices.swapAlias(job.type, job.index);
            indices.stopCopyingPushes(job.type);
            progress.put(job.type, job.finished(ReindexProgress.State.DONE, null, clock.instant()));
            log.info("reindex of {} done: {} documents in {}", job.type, job.indexed,
                    Duration.between(job.startedAt, clock.instant()));
        } catch (IOException | RuntimeException e) {
            indices.stopCopyingPushes(job.type);
            dropQuietly(job.index);
            progress.put(job.type, job.finished(ReindexProgress.State.FAILED, e.getMessage(), clock.instant()));
            log.warn("reindex of {} failed, the alias stays on the index it was on: {}", job.type, e.toString());
        }
    }

    private void dropQuietly(String index) {
        try {
            indices.deleteIndex(index);
        } catch (IOException | RuntimeException e) {
            log.warn("could not delete the unfinished index {}: {}", index, e.toString());
        }
    }

    /** A running reindex: what it builds and how far it got. */
    private static final class Job {

        private final String type;
        private final String index;
        private final Instant startedAt;
        private long indexed;
        private long total;

        Job(String type, String index, Instant startedAt) {
            this.type = type;
            this.index = index;
            this.startedAt = startedAt;
        }

        void copied(int documents, long feedSize) {
            indexed += documents;
            total = feedSize;
        }

        ReindexProgress snapshot(Instant now) {
            return new ReindexProgress(type, index, ReindexProgress.State.RUNNING, indexed, total,
                    ReindexProgress.rate(indexed, startedAt, now), startedAt, null, null);
        }

        ReindexProgress finished(ReindexProgress.State state, String reason, Instant now) {
            return new ReindexProgress(type, index, state, indexed, total, ReindexProgress.rate(indexed, startedAt, now),
                    startedAt, now, reason);
        }
    }
}
