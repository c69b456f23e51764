package org.essmarket.consortium.integration;

import java.util.Optional;

import feign.FeignException;

/**
 * What a failed Feign call says once through the circuit breaker, which wraps the client's own
 * exception: the HTTP answer, if there was one.
 */
public final class PartnerFailures {

    private PartnerFailures() {
    }

    public static Optional<FeignException> httpAnswer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeignException answer && answer.status() > 0) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    public static boolean isNotFound(Throwable failure) {
        return httpAnswer(failure).filter(answer -> answer.status() == 404).isPresent();
    }
}
