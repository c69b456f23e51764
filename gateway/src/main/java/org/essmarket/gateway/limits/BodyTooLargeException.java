package org.essmarket.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body over its limit: 413 problem+json naming the limit, never counted against a service. */
public class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(String detail, long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, detail);
        getBody().setProperty("maxBytes", maxBytes);
    }

    /** The caller's doing, logged by Reactor Netty when it cuts a body: its stack would say nothing. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
