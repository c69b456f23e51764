package org.essmarket.gateway.limits;

import reactor.core.publisher.Mono;

/** The callers' rate-limit allowances, wherever they are counted. */
interface Allowances {

    /**
     * Takes one request from {@code caller}'s allowance of {@code requestsPerMinute}: 0 when the
     * request may go on, else the whole seconds to wait before the next one is allowed.
     */
    Mono<Long> take(String caller, int requestsPerMinute);
}
