package org.essmarket.platform.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a service as RFC 9457 problem+json. Spring's handler covers the framework's own
 * exceptions; here we add the field at fault to validation errors and make sure that anything
 * unexpected is a bare 500 without internals (the cause goes to the log, not to the client).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // after the services' own handlers, which know their exceptions
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.getBody();
        problem.setDetail("The request has invalid fields.");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * A body that is not the expected JSON: a wrong type, an unknown enum value, a missing
     * primitive. Names the field where Jackson stopped ({@code lots[1].reservation}).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request body is not the expected JSON.",
                path(request));
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = fieldPath(jackson.getPath());
            problem.setDetail("The request body is not the expected JSON at '" + field + "'.");
            problem.setProperty("errors", List.of(new FieldProblem(field, expected(jackson))));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * What the field should have been, in words: Jackson's own message names Java types and parser
     * exceptions ({@code java.time.format.DateTimeParseException}), which are not the client's business.
     */
    static String expected(JacksonException jackson) {
        Class<?> type = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "is not valid JSON here";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || type == java.time.LocalDate.class) {
            return type == java.time.LocalDate.class ? "must be an ISO-8601 date, e.g. 2026-01-31"
                    : "must be an ISO-8601 date and time, e.g. 2026-01-31T12:00:00Z";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Constraints on query parameters and headers, e.g. {@code size} over 100. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.getBody();
        problem.setDetail("The request has invalid parameters.");
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String parameterName(ParameterValidationResult result) {
        RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    /**
     * Constraints checked by method validation ({@code @Validated} controllers), e.g. on each element
     * of a JSON array body; the field is the path without the method's name ({@code items[0].title}).
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request has invalid fields.", path(request));
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(withoutMethodName(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList());
        return problem;
    }

    private static String withoutMethodName(String propertyPath) {
        int firstDot = propertyPath.indexOf('.');
        return firstDot < 0 ? propertyPath : propertyPath.substring(firstDot + 1);
    }

    /** A sort or filter on a property that does not exist, e.g. {@code ?sort=password}. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownProperty(PropertyReferenceException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                "Unknown property '" + ex.getPropertyName() + "'.", path(request));
        problem.setProperty("errors", List.of(new FieldProblem("sort", "no property " + ex.getPropertyName())));
        return problem;
    }

    @ExceptionHandler(UseCaseRefusal.NotFound.class)
    ProblemDetail notFound(UseCaseRefusal e, WebRequest request) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage(), path(request));
    }

    @ExceptionHandler(UseCaseRefusal.NotAllowed.class)
    ProblemDetail notAllowed(UseCaseRefusal e, WebRequest request) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), path(request));
    }

    @ExceptionHandler(UseCaseRefusal.Conflict.class)
    ProblemDetail conflict(UseCaseRefusal e, WebRequest request) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage(), path(request));
    }

    @ExceptionHandler(UseCaseRefusal.StaleVersion.class)
    ProblemDetail staleVersion(UseCaseRefusal e, WebRequest request) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, e.getMessage(), path(request));
    }

    /** A multipart body that does not parse (its size over the limit is a 413, handled by the base class). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e, WebRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, "The multipart body cannot be read.", path(request));
    }

    /**
     * The database cannot be reached (restarting, failing over, every server selection timed out):
     * 503 with Retry-After, which clients and the owners' relays retry, rather than a 500. As Spring
     * Data translates it, or as the driver throws it to code that uses the collection directly.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, MongoSocketException.class,
            MongoTimeoutException.class })
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e, WebRequest request) {
        log.warn("The database is unavailable on {}: {}", path(request), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot reach its data, try again shortly",
                        path(request)));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", path(request), ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. It has been logged.", path(request));
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }

}
