package org.essmarket.gateway.limits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body over its limit: 413 problem+json naming the limit, never counted against a service.
 * When the body was not read to its end, the answer closes the connection: the rest is still on its
 * way and is no next request.
 */
public class BodyTooLargeException extends ResponseStatusException {

    private final boolean bodyRead;

    BodyTooLargeException(String detail, long maxBytes, boolean bodyRead) {
        super(HttpStatus.CONTENT_TOO_LARGE, detail);
        getBody().setProperty("maxBytes", maxBytes);
        this.bodyRead = bodyRead;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        if (!bodyRead) {
            headers.set(HttpHeaders.CONNECTION, "close");
        }
        return headers;
    }

    /** The caller's doing, logged by Reactor Netty when it cuts a body: its stack would say nothing. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
