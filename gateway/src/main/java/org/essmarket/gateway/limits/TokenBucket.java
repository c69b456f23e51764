package org.essmarket.gateway.limits;

/**
 * A caller's allowance: {@code capacity} requests, refilled steadily over a minute. Taking from an
 * empty bucket says how long until the next request is allowed. Counted in whole numbers (one
 * request costs one minute's worth of milliseconds) so that no rounding drifts.
 */
final class TokenBucket {

    private static final long COST = 60_000;

    private final long capacity;
    private long credit;
    private long lastRefillMillis;

    TokenBucket(int capacity, long nowMillis) {
        this.capacity = capacity;
        this.credit = capacity * COST;
        this.lastRefillMillis = nowMillis;
    }

    /** Takes one request's token: 0 when allowed, else the whole seconds to wait before retrying. */
    synchronized long take(long nowMillis) {
        credit = Math.min(capacity * COST, credit + (nowMillis - lastRefillMillis) * capacity);
        lastRefillMillis = nowMillis;
        if (credit >= COST) {
            credit -= COST;
            return 0;
        }
        long millisUntilOneRequest = (COST - credit + capacity - 1) / capacity;
        return Math.max(1, (millisUntilOneRequest + 999) / 1000);
    }
}
