package org.essmarket.search.catalogue.api;

import java.util.List;

import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.essmarket.search.catalogue.application.CatalogueSearch;
import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The searches' errors (catalogue, tenders, autocomplete, matching suppliers, saved searches) as problem+json,
 * in the same shape as the platform's validation errors. Named by package so the catalogue does not
 * depend on the searches that reuse it.
 */
@RestControllerAdvice(basePackages = { "org.essmarket.search.catalogue.api", "org.essmarket.search.tenders.api",
        "org.essmarket.search.autocomplete.api", "org.essmarket.search.matching.api",
        "org.essmarket.search.savedsearch.api", "org.essmarket.search.figures.api" })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueProblems {

    @ExceptionHandler(InvalidSearchParameters.class)
    ProblemDetail invalidParameters(InvalidSearchParameters e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request has invalid parameters.",
                request.getRequestURI());
        problem.setProperty("errors", e.violations().stream()
                .map(violation -> new FieldProblem(violation.parameter(), violation.message())).toList());
        return problem;
    }

    /** {@code size=abc}, {@code radiusKm=5km}: a number was expected. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notANumber(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request has invalid parameters.",
                request.getRequestURI());
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "must be a whole number")));
        return problem;
    }

    @ExceptionHandler(CatalogueSearch.SearchUnavailable.class)
    ProblemDetail unavailable(CatalogueSearch.SearchUnavailable e, HttpServletRequest request) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Search is temporarily unavailable. Please try again.",
                request.getRequestURI());
    }
}
