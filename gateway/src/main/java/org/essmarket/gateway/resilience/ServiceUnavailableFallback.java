package org.essmarket.gateway.resilience;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import org.essmarket.gateway.web.ProblemResponses;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a route's circuit breaker forwards a call its service did not answer
 * ({@code fallbackUri: forward:/fallback/<service>}): a 503 problem naming the service. Only
 * reachable by that forward: the security chain refuses {@code /fallback/**} from outside.
 * Any other error goes on to {@code ProblemErrorHandler}, as if there were no breaker.
 */
@RestController
class ServiceUnavailableFallback {

    private final JsonMapper json;

    ServiceUnavailableFallback(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable error = exchange.getRequiredAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        return ServiceFailure.of(error)
                .map(failure -> ProblemResponses.write(exchange, failure.problem(service, exchange.getRequest()), json))
                .orElseGet(() -> Mono.error(error));
    }
}
