package org.essmarket.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;

class ServiceFailureTest {

    @Test
    void a_connection_the_service_reset_mid_request_is_a_service_that_did_not_answer_not_an_unexpected_error() {
        IOException reset = new IOException("recvAddress(..) failed with error(-104): Connection reset by peer");

        assertThat(ServiceFailure.of(reset)).contains(ServiceFailure.NO_ANSWER);
        assertThat(ServiceFailure.of(new RuntimeException(reset))).contains(ServiceFailure.NO_ANSWER);
        assertThat(ServiceFailure.of(new ConnectException("Connection refused"))).contains(ServiceFailure.NOT_REACHED);
        assertThat(ServiceFailure.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
