package org.essmarket.tender.compliance.api;

import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.essmarket.tender.compliance.domain.ComplianceRefusal;
import org.essmarket.tender.compliance.domain.Finding;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** A submission the compliance checks refuse, as problem+json naming the rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplianceProblems {

    /** 409 citing the rule as the bid rules do ({@code rule}: the article), with the catalogue's id. */
    @ExceptionHandler(ComplianceRefusal.Blocked.class)
    ProblemDetail blocked(ComplianceRefusal.Blocked e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI());
        problem.setProperty("rule", e.finding().article());
        problem.setProperty("ruleId", e.finding().ruleId());
        problem.setProperty("finding", e.finding());
        return problem;
    }

    /** 400 naming {@code warningReasons.<ruleId>} for each warning without its reason, with the warnings. */
    @ExceptionHandler(ComplianceRefusal.ReasonsMissing.class)
    ProblemDetail reasonsMissing(ComplianceRefusal.ReasonsMissing e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI());
        problem.setProperty("errors", e.warnings().stream().map(ComplianceProblems::missingReason).toList());
        problem.setProperty("warnings", e.warnings());
        return problem;
    }

    private static FieldProblem missingReason(Finding warning) {
        return new FieldProblem("warningReasons." + warning.ruleId(), warning.article() + " : " + warning.message());
    }
}
