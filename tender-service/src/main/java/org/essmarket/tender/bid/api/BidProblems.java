package org.essmarket.tender.bid.api;

import org.essmarket.platform.web.Problems;
import org.essmarket.tender.bid.application.BidExceptions.IdempotencyKeyReused;
import org.essmarket.tender.bid.domain.BidRuleViolation;
import org.essmarket.tender.integration.supplier.SupplierDirectory.SupplierDirectoryUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The bid use cases' refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BidProblems {

    /** 409 citing the rule (article of the code de la commande publique, or the tender's terms). */
    @ExceptionHandler(BidRuleViolation.class)
    ProblemDetail ruleViolation(BidRuleViolation e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e, HttpServletRequest request) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request.getRequestURI());
    }

    /** Never accept a bid unchecked: 503, nothing recorded, try again later. */
    @ExceptionHandler(SupplierDirectoryUnavailable.class)
    ResponseEntity<ProblemDetail> supplierDirectoryDown(SupplierDirectoryUnavailable e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request.getRequestURI()));
    }
}
