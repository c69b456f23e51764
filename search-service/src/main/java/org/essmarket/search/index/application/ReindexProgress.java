package org.essmarket.search.index.application;

import java.time.Instant;

import org.essmarket.search.index.domain.ReindexRun;
import org.essmarket.search.index.domain.ReindexRun.State;

/**
 * Where a reindex stands: the index it builds, documents indexed out of the feed's total, the rate,
 * and once finished, when and (if it failed) why. Read from search's store, so every replica
 * answers alike.
 */
public record ReindexProgress(String type, String index, State state, long indexed, long total,
        long documentsPerSecond, Instant startedAt, Instant finishedAt, String failure) {

    static ReindexProgress of(ReindexRun run, Instant now) {
        return new ReindexProgress(run.type(), run.index(), run.state(), run.indexed(), run.total(),
                run.documentsPerSecond(now), run.startedAt(), run.finishedAt(), run.failure());
    }
}
