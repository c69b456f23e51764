package org.essmarket.supplier.claim.api;

import org.essmarket.platform.web.Problems;
import org.essmarket.supplier.claim.application.ClaimExceptions.AccountsUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The claims' own refusal as problem+json: Keycloak not granting the role (503). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimProblems {

    private static final Logger log = LoggerFactory.getLogger(ClaimProblems.class);

    @ExceptionHandler(AccountsUnavailable.class)
    ProblemDetail accountsUnavailable(AccountsUnavailable e, HttpServletRequest request) {
        log.warn("{}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "The accounts server did not answer: the claim stays undecided, try again in a moment.",
                request.getRequestURI());
    }
}
