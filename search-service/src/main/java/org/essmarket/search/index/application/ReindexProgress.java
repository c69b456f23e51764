package org.essmarket.search.index.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a reindex stands: the index it builds, documents indexed out of the feed's total, the rate,
 * and once finished, when and (if it failed) why.
 */
public record ReindexProgress(String type, String index, State state, long indexed, long total,
        long documentsPerSecond, Instant startedAt, Instant finishedAt, String failure) {

    public enum State {
        RUNNING, DONE, FAILED
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    static long rate(long documents, Instant since, Instant now) {
        long millis = Math.max(1, Duration.between(since, now).toMillis());
        return documents * 1000 / millis;
    }
}
