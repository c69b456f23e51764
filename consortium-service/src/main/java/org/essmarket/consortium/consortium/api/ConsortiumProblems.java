package org.essmarket.consortium.consortium.api;

import java.util.List;

import org.essmarket.consortium.consortium.domain.ConsortiumRuleViolation;
import org.essmarket.consortium.consortium.domain.InvalidFieldException;
import org.essmarket.consortium.integration.PartnerServiceUnavailable;
import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The groupement use cases' refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsortiumProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    /** 409 citing the rule (an article of the code de la commande publique, or what the groupement lacks). */
    @ExceptionHandler(ConsortiumRuleViolation.class)
    ProblemDetail ruleViolation(ConsortiumRuleViolation e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(PartnerServiceUnavailable.class)
    ResponseEntity<ProblemDetail> partnerDown(PartnerServiceUnavailable e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request.getRequestURI()));
    }
}
