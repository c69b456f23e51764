package org.essmarket.gateway.limits;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/** Allowances counted in this gateway node's memory; callers idle for a while are forgotten. */
final class LocalAllowances implements Allowances {

    private final Clock clock = Clock.systemUTC();
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(200_000)
            .build();

    @Override
    public Mono<Long> take(String caller, int requestsPerMinute) {
        long now = clock.millis();
        return Mono.just(buckets.get(caller, key -> new TokenBucket(requestsPerMinute, now)).take(now));
    }
}
