package org.essmarket.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

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
            problem.setInstance(asUri(instance));
        }
        return problem;
    }

    /**
     * The request's path as a URI: as given when it is one (e.g. a request URI, still percent-encoded), else with
     * its illegal characters quoted — a path rebuilt from a decoded parameter may hold any character a client sent.
     */
    private static URI asUri(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            try {
                return new URI(null, null, path, null);
            } catch (URISyntaxException stillNot) {
                return null;
            }
        }
    }

    public static ProblemDetail unauthorized(String instance) {
        return of(HttpStatus.UNAUTHORIZED,
                "A valid access token for the marketplace API is required.", instance);
    }

    public static ProblemDetail forbidden(String instance) {
        return of(HttpStatus.FORBIDDEN, "Your roles do not allow this operation.", instance);
    }
}
