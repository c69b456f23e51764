package org.essmarket.gateway.web;

import java.net.ConnectException;

import org.essmarket.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself answers, as problem+json without internals: a service that does
 * not answer is a 503 naming that service, not a 500 with a stack trace.
 */
@Component
@Order(-2) // before Boot's DefaultErrorWebExceptionHandler
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JsonMapper json;

    ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem;
        if (error instanceof ResponseStatusException status) {
            problem = Problems.of(HttpStatus.valueOf(status.getStatusCode().value()),
                    status.getReason() == null ? HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase()
                            : status.getReason(), path);
        } else if (causedByConnectionFailure(error)) {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            String service = route == null ? "the service" : route.getId();
            problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The " + service + " service is unavailable; try again shortly.", path);
            problem.setProperty("service", service);
        } else {
            log.error("Unexpected error on {}", path, error);
            problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred. It has been logged.",
                    path);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }

    private static boolean causedByConnectionFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause.getClass().getSimpleName().contains("ConnectTimeout")) {
                return true;
            }
        }
        return false;
    }
}
