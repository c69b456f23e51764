package org.essmarket.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;

import org.essmarket.platform.web.Problems;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * A service the gateway could not get an answer from: the caller gets a 503 problem naming it,
 * whether the service is down, its circuit open, too many calls to it in progress, or it did not
 * answer in time. Anything the
 * service did answer, 4xx and 5xx included, is not a failure here and passes through unchanged; a
 * connection reset by the service (it died mid-request) is one.
 */
public enum ServiceFailure {

    /** Nothing reached the service (connection refused, connect timeout, circuit open). */
    NOT_REACHED,
    /** The service got the request but no answer came back in time (or the connection dropped). */
    NO_ANSWER,
    /** This gateway node already has as many calls in progress to the service as it allows (bulkhead). */
    BUSY;

    /** The route metadata key naming the service behind a route. */
    public static final String SERVICE = "service";

    public static Optional<ServiceFailure> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof CallNotPermittedException
                    || cause instanceof ServiceUnavailableException) {
                return Optional.of(NOT_REACHED);
            }
            // A connection reset under the call (the service died mid-request, or closed a pooled
            // connection): an I/O error like the others here, the request may have reached it.
            if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof PrematureCloseException || cause instanceof IOException) {
                return Optional.of(NO_ANSWER);
            }
            if (cause instanceof BulkheadFullException) {
                return Optional.of(BUSY);
            }
        }
        return Optional.empty();
    }

    /** The service a route leads to, as its metadata names it (else the route's id). */
    public static String serviceOf(Route route) {
        Object service = route.getMetadata().get(SERVICE);
        return service == null ? route.getId() : service.toString();
    }

    public ProblemDetail problem(String service, ServerHttpRequest request) {
        String detail = switch (this) {
            case NOT_REACHED -> service + " is unavailable, try again shortly";
            case BUSY -> service + " is busy (too many calls in progress), try again shortly";
            // A write may have been carried out although its answer was lost: say so rather than
            // invite a blind repeat (bids accept Idempotency-Key for that).
            case NO_ANSWER -> isSafe(request.getMethod())
                    ? service + " did not answer in time, try again shortly"
                    : service + " did not answer in time; the request may have been carried out, check before sending it again";
        };
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail, request.getPath().value());
        problem.setTitle("Service unavailable");
        problem.setProperty(SERVICE, service);
        return problem;
    }

    private static boolean isSafe(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
    }
}
