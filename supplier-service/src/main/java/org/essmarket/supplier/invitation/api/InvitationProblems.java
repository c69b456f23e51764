package org.essmarket.supplier.invitation.api;

import org.essmarket.platform.web.Problems;
import org.essmarket.supplier.invitation.application.InvitationExceptions.MailUnavailable;
import org.essmarket.supplier.invitation.domain.InvitationClosed;
import org.essmarket.supplier.invitation.domain.InvitationForAnotherAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** The invitations' refusals as problem+json: a closed link says why (410, {@code invitationStatus}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationProblems {

    private static final Logger log = LoggerFactory.getLogger(InvitationProblems.class);

    @ExceptionHandler(InvitationClosed.class)
    ProblemDetail closed(InvitationClosed e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.GONE, e.getMessage(), request.getRequestURI());
        problem.setProperty("invitationStatus", e.status());
        return problem;
    }

    @ExceptionHandler(InvitationForAnotherAddress.class)
    ProblemDetail forAnotherAddress(InvitationForAnotherAddress e, HttpServletRequest request) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(MailUnavailable.class)
    ProblemDetail mailUnavailable(MailUnavailable e, HttpServletRequest request) {
        log.warn("invitation not sent: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "The invitation could not be emailed: nothing was kept, send it again in a moment.",
                request.getRequestURI());
    }
}
