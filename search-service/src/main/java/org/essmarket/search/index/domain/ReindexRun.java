package org.essmarket.search.index.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The last reindex of an index type, as every replica sees it: the index it builds ({@code null}
 * until created), who runs it and until when its lease holds, how far it got, and once finished,
 * when and (if it failed) why. A running reindex whose lease lapsed (its replica died, or its
 * owner's feed stopped answering) may be replaced by a new one.
 */
public record ReindexRun(String type, String index, State state, String owner, Instant leaseUntil, long indexed,
        long total, Instant startedAt, Instant finishedAt, String failure) {

    public enum State {
        RUNNING, DONE, FAILED
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * The index pushes must be written to besides the alias: the one a running reindex builds, from
     * when it exists until the alias is on it; {@code null} when there is none.
     */
    public String indexCopyingPushes() {
        return isRunning() ? index : null;
    }

    /** Documents indexed a second, from the start to the end (or {@code now} while running). */
    public long documentsPerSecond(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return indexed * 1000 / millis;
    }
}
