package org.essmarket.tender.tender.api;

import java.util.List;

import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The tender use cases' refusals as problem+json, each with the status a client can act on. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenderProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(TenderRuleViolation.class)
    ProblemDetail ruleViolation(TenderRuleViolation e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI());
        problem.setProperty("tenderStatus", e.status());
        return problem;
    }
}
