package org.essmarket.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

import org.essmarket.gateway.web.TrustedForwardedHeaderTransformer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous callers each have their own allowance, keyed on the client's address as the gateway's
 * proxies report it — and only they: anyone else is counted by the address it connects from.
 * The request goes through the forwarded-header transformer as the server applies it.
 */
class AnonymousRateLimitTest {

    private static final String INGRESS = "10.0.3.7";

    private final TrustedForwardedHeaderTransformer forwarded =
            new TrustedForwardedHeaderTransformer("10\\.\\d+\\.\\d+\\.\\d+|127\\.\\d+\\.\\d+\\.\\d+");
    private final RateLimitWebFilter filter = new RateLimitWebFilter(
            new RateLimitProperties(100, 1, null, null), new LocalAllowances(), JsonMapper.builder().build());

    @Test
    void two_anonymous_clients_behind_a_trusted_proxy_have_separate_allowances() {
        assertThat(passes(INGRESS, "203.0.113.10")).isTrue();
        assertThat(passes(INGRESS, "198.51.100.20")).as("another client behind the same proxy").isTrue();
        assertThat(passes(INGRESS, "203.0.113.10")).as("the first client's allowance is spent").isFalse();
    }

    @Test
    void an_address_a_client_wrote_before_the_proxys_own_is_not_believed() {
        // The proxy appends the address it saw to whatever X-Forwarded-For the client sent.
        assertThat(passes(INGRESS, "192.0.2.1, 203.0.113.30")).isTrue();
        assertThat(passes(INGRESS, "192.0.2.2, 203.0.113.30")).as("same client, another made-up first hop").isFalse();
    }

    @Test
    void a_caller_that_is_not_a_trusted_proxy_cannot_choose_its_allowance_with_x_forwarded_for() {
        assertThat(passes("203.0.113.99", "192.0.2.1")).isTrue();
        assertThat(passes("203.0.113.99", "192.0.2.2")).as("counted by the address it connects from").isFalse();
    }

    private boolean passes(String connectingFrom, String xForwardedFor) {
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/v1/search/suppliers")
                .remoteAddress(new InetSocketAddress(connectingFrom, 44321))
                .header("X-Forwarded-For", xForwardedFor)
                .build();
        ServerWebExchange exchange = MockServerWebExchange.from(request).mutate()
                .request(forwarded.apply(request)).build();
        AtomicBoolean passed = new AtomicBoolean();
        filter.filter(exchange, ignored -> {
            passed.set(true);
            return Mono.empty();
        }).block();
        assertThat(passed.get() || exchange.getResponse().getStatusCode() == HttpStatus.TOO_MANY_REQUESTS).isTrue();
        return passed.get();
    }
}
