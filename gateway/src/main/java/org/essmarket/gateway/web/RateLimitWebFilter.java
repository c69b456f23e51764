package org.essmarket.gateway.web;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

import org.essmarket.platform.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits on the API, in memory on this gateway node: per signed-in user, and per client IP
 * for anonymous calls. Over the limit: 429 problem+json with {@code Retry-After}. Runs after Spring
 * Security (order 0 &gt; its -100), so the caller is known; idle callers are forgotten.
 */
@Component
@Order(0)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitWebFilter implements WebFilter {

    private final RateLimitProperties limits;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(200_000)
            .build();

    RateLimitWebFilter(RateLimitProperties limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(user -> "user:" + user.getName())
                .defaultIfEmpty("ip:" + clientAddress(exchange))
                .flatMap(caller -> {
                    int capacity = caller.startsWith("user:") ? limits.userRequestsPerMinute()
                            : limits.anonymousRequestsPerMinute();
                    long retryAfter = buckets.get(caller, key -> new TokenBucket(capacity, clock.millis()))
                            .take(clock.millis());
                    return retryAfter == 0 ? chain.filter(exchange) : tooManyRequests(exchange, retryAfter);
                });
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests: try again in " + retryAfterSeconds + " s.", exchange.getRequest().getPath().value());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ProblemResponses.write(exchange, problem, json);
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
