package org.essmarket.platform.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

class ServiceAccountTokensTest {

    @Test
    void without_a_secret_no_token_is_asked_for_and_the_error_names_the_setting() {
        // Nothing listens on port 9 (discard): a request would fail otherwise, not with this message.
        ServiceAccountTokens tokens = new ServiceAccountTokens(RestClient.builder(),
                new ServiceAccountProperties("tender-service", "", "http://127.0.0.1:9/token", Duration.ofSeconds(1),
                        Duration.ofSeconds(1)),
                Clock.systemUTC());

        assertThatThrownBy(tokens::token).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tender-service").hasMessageContaining("SERVICE_CLIENT_SECRET");
    }
}
