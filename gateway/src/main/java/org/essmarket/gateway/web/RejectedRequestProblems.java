package org.essmarket.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Spring Security's firewall refuses before any route (an encoded NUL or line break in the
 * address, a double slash, "..") get a 400 problem+json like every other error, not an empty answer.
 * The detail is fixed: nothing of the refused address is echoed back.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestProblems {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests(JsonMapper json) {
        return (exchange, rejected) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request's address holds characters or sequences that are not allowed.");
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            return ProblemResponses.write(exchange, problem, json);
        };
    }
}
