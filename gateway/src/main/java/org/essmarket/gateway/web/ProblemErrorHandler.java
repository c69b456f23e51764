package org.essmarket.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.essmarket.gateway.resilience.ServiceFailure;
import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself answers, as problem+json without internals: a service that does
 * not answer is a 503 naming that service (on routes without a breaker fallback, such as document
 * uploads), not a 500 with a stack trace; a session whose tokens Keycloak no longer refreshes is a
 * 401 that ends the session; a bearer token that could not be checked (Keycloak's keys unreachable)
 * is a 503 to retry, not a 401 that would sign its user out.
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
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Optional<ServiceFailure> failure = route == null ? Optional.empty() : ServiceFailure.of(error);
        ProblemDetail problem;
        if (failure.isPresent()) {
            problem = failure.get().problem(ServiceFailure.serviceOf(route), exchange.getRequest());
        } else if (error instanceof OAuth2AuthorizationException) {
            // The session user's tokens could not be refreshed (Keycloak session ended or expired):
            // the session is over too, and the web app asks the user to sign in again.
            return exchange.getSession().flatMap(WebSession::invalidate).then(ProblemResponses.write(exchange,
                    Problems.of(HttpStatus.UNAUTHORIZED, "Your session has ended: sign in again.", path), json));
        } else if (error instanceof AuthenticationServiceException) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The sign-in service cannot be reached to check the token, try again shortly", path);
        } else if (error instanceof NoResourceFoundException) {
            // Its reason quotes the whole request URL, the gateway's own host and port included.
            problem = Problems.of(HttpStatus.NOT_FOUND, "No such resource.", path);
        } else if (error instanceof InvalidMediaTypeException) {
            // "Content-Type: application/json; charset=nope": the client's mistake, which no route can read.
            problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header is not a media type.", path);
            problem.setProperty("errors", List.of(new FieldProblem("Content-Type", "is not a media type")));
        } else if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            problem = Problems.of(code, status.getReason() == null ? code.getReasonPhrase() : status.getReason(), path);
            Map<String, Object> properties = status.getBody().getProperties();
            if (properties != null) {
                properties.forEach(problem::setProperty);
            }
            exchange.getResponse().getHeaders().addAll(status.getHeaders());
        } else {
            log.error("Unexpected error on {}", path, error);
            problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred. It has been logged.",
                    path);
        }
        return ProblemResponses.write(exchange, problem, json);
    }
}
