package org.essmarket.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem documents that every app returns, so they all read alike. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    public static ProblemDetail unauthorized(String instance) {
        return of(HttpStatus.UNAUTHORIZED,
                "A valid access token for the marketplace API is required.", instance);
    }

    public static ProblemDetail forbidden(String instance) {
        return of(HttpStatus.FORBIDDEN, "Your roles do not allow this operation.", instance);
    }
}
