package org.essmarket.platform.sync;

import java.time.Instant;

/**
 * What the relay decided about a change search refused: try it again at {@code retryAt} (its
 * {@code failures}-th refusal), or, with {@code retryAt} null, give up on it (a dead letter, kept
 * aside until the document changes again) because of {@code reason}.
 */
public record SyncFailure(int failures, Instant retryAt, String reason) {

    public static SyncFailure retryAt(int failures, Instant retryAt, String reason) {
        return new SyncFailure(failures, retryAt, reason);
    }

    public static SyncFailure givenUp(int failures, String reason) {
        return new SyncFailure(failures, null, reason);
    }

    public boolean givesUp() {
        return retryAt == null;
    }
}
