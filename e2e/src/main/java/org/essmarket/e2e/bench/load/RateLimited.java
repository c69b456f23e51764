package org.essmarket.e2e.bench.load;

/** The gateway answered 429: the figures would measure its rate limiter, not the platform. */
public final class RateLimited extends RuntimeException {

    public RateLimited(String target) {
        super(target + " answered 429 Too Many Requests: the gateway's rate limits are in the way. Start the platform "
                + "with high limits: ./marketplace down && RATE_LIMIT_ANONYMOUS_PER_MINUTE=10000000 "
                + "RATE_LIMIT_USER_PER_MINUTE=10000000 ./marketplace up");
    }
}
