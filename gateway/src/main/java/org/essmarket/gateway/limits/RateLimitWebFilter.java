package org.essmarket.gateway.limits;

import java.net.InetSocketAddress;

import org.essmarket.gateway.web.ProblemResponses;
import org.essmarket.platform.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits on the API: per signed-in user (by Keycloak subject, the principal's name whether the
 * call brings a bearer token or the web app's session), and per client IP for anonymous calls (as the trusted
 * proxies report it, {@code TrustedForwardedHeaderTransformer}), counted by
 * {@link Allowances} (this node's memory, or Redis shared by the nodes). Over the limit: 429
 * problem+json with {@code Retry-After}. Runs after Spring Security (order 0 &gt; its -100), so the
 * caller is known.
 */
@Component
@Order(0)
class RateLimitWebFilter implements WebFilter {

    private final RateLimitProperties limits;
    private final Allowances allowances;
    private final JsonMapper json;

    RateLimitWebFilter(RateLimitProperties limits, Allowances allowances, JsonMapper json) {
        this.limits = limits;
        this.allowances = allowances;
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
                .flatMap(caller -> allowances.take(caller, caller.startsWith("user:")
                        ? limits.userRequestsPerMinute() : limits.anonymousRequestsPerMinute()))
                .flatMap(retryAfter -> retryAfter == 0 ? chain.filter(exchange) : tooManyRequests(exchange, retryAfter));
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
