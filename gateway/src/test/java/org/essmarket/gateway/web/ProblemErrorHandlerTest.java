package org.essmarket.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;

import tools.jackson.databind.json.JsonMapper;

class ProblemErrorHandlerTest {

    private final ProblemErrorHandler handler = new ProblemErrorHandler(JsonMapper.builder().build());

    @Test
    void a_bearer_token_that_cannot_be_checked_because_keycloaks_keys_are_unreachable_gets_503_problem_json_to_retry() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/suppliers/mine"));

        handler.handle(exchange, new AuthenticationServiceException("An error occurred while attempting to decode the "
                + "Jwt: I/O error on GET request for \"http://127.0.0.1:8180/realms/marketplace/protocol/openid-connect/certs\""))
                .block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("try again").doesNotContain("certs");
    }
}
