package org.essmarket.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Spring Security's firewall refuses before any route (an encoded NUL or line break in the
 * address, a double slash, "..") get a 400 problem+json like every other error, not an empty answer.
 * The detail is fixed: nothing of the refused address is echoed back.
 *
 * <p>The connection is closed after the answer: after such a refusal the gateway sometimes stopped
 * reading the next request on the same kept-alive connection, and that caller waited forever (seen
 * twice in the OWASP suite: a client's next request sat unread in the socket). A refused request
 * is rare and never a browser's normal traffic, so a new connection costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestProblems {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests(JsonMapper json) {
        return (exchange, rejected) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request's address holds characters or sequences that are not allowed.");
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return ProblemResponses.write(exchange, problem, json);
        };
    }
}
