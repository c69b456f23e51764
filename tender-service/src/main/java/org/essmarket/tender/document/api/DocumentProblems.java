package org.essmarket.tender.document.api;

import org.essmarket.platform.web.Problems;
import org.essmarket.tender.document.domain.DocumentChecks;
import org.essmarket.tender.document.domain.DocumentTooLarge;
import org.essmarket.tender.document.domain.UnsupportedDocumentType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refused uploads as problem+json: 415 naming the type found and the accepted ones, 413 with the
 * limit, whether the use case or the multipart parser (before any use case runs) found it too large.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    private final DocumentChecks checks;

    DocumentProblems(DocumentChecks checks) {
        this.checks = checks;
    }

    @ExceptionHandler(UnsupportedDocumentType.class)
    ProblemDetail unsupportedType(UnsupportedDocumentType e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), request.getRequestURI());
        problem.setProperty("detectedType", e.detectedType());
        problem.setProperty("allowedTypes", e.allowedTypes());
        return problem;
    }

    @ExceptionHandler({ DocumentTooLarge.class, MaxUploadSizeExceededException.class })
    ProblemDetail tooLarge(HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "A document may be at most " + checks.maxBytes() + " bytes", request.getRequestURI());
        problem.setProperty("maxBytes", checks.maxBytes());
        return problem;
    }
}
