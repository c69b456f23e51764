package org.essmarket.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class TrustedForwardedHeaderTransformerTest {

    private final TrustedForwardedHeaderTransformer transformer =
            new TrustedForwardedHeaderTransformer("10\\.\\d+\\.\\d+\\.\\d+|0:0:0:0:0:0:0:1");

    @Test
    void the_client_is_the_nearest_hop_that_is_not_a_trusted_proxy() {
        assertThat(client("10.0.0.5", "X-Forwarded-For", "192.0.2.1, 203.0.113.7, 10.1.2.3")).isEqualTo("203.0.113.7");
        assertThat(client("10.0.0.5", "X-Forwarded-For", "203.0.113.7:4711")).isEqualTo("203.0.113.7");
        assertThat(client("::1", "Forwarded", "for=192.0.2.9;proto=https, for=\"[2001:db8::17]:4711\""))
                .isEqualTo("2001:db8:0:0:0:0:0:17");
        assertThat(client("10.0.0.5", "X-Forwarded-For", "example.org")).as("never a name lookup").isEqualTo("10.0.0.5");
    }

    @Test
    void a_caller_that_is_not_a_trusted_proxy_keeps_its_own_address_and_scheme() {
        MockServerHttpRequest request = MockServerHttpRequest.get("http://gateway/api/v1/search")
                .remoteAddress(new InetSocketAddress("203.0.113.99", 5000))
                .header("X-Forwarded-For", "10.0.0.1").header("X-Forwarded-Proto", "https").build();

        var transformed = transformer.apply(request);

        assertThat(transformed.getRemoteAddress().getAddress().getHostAddress()).isEqualTo("203.0.113.99");
        assertThat(transformed.getURI().getScheme()).isEqualTo("http");
        assertThat(transformed.getHeaders().containsHeader("X-Forwarded-For")).as("not passed on").isFalse();
    }

    private String client(String connectingFrom, String header, String value) {
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/v1/search")
                .remoteAddress(new InetSocketAddress(connectingFrom, 5000)).header(header, value).build();
        return transformer.apply(request).getRemoteAddress().getAddress().getHostAddress();
    }
}
