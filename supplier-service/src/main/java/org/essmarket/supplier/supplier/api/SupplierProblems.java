package org.essmarket.supplier.supplier.api;

import java.util.List;

import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.essmarket.supplier.supplier.application.DailyLimitReached;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.AlreadyRegistered;
import org.essmarket.supplier.supplier.domain.DirectoryRuleViolation;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The directory's refusals as problem+json, each with the status a client can act on. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupplierProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        return withField(Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI()), e.field(),
                e.getMessage());
    }

    @ExceptionHandler(DirectoryRuleViolation.class)
    ProblemDetail ruleViolation(DirectoryRuleViolation e, HttpServletRequest request) {
        return withField(Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI()), e.field(),
                e.getMessage());
    }

    /** A per-user daily limit (claims, invitations). */
    @ExceptionHandler(DailyLimitReached.class)
    ProblemDetail dailyLimitReached(DailyLimitReached e, HttpServletRequest request) {
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(AlreadyRegistered.class)
    ProblemDetail alreadyRegistered(AlreadyRegistered e, HttpServletRequest request) {
        ProblemDetail problem = withField(Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI()),
                "siret", "already registered");
        problem.setProperty("existingSupplier", "/api/v1/suppliers/" + e.existingId());
        return problem;
    }

    private static ProblemDetail withField(ProblemDetail problem, String field, String message) {
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }
}
