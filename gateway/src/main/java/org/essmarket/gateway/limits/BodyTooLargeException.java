package org.essmarket.gateway.limits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body over its limit: 413 problem+json naming the limit, never counted against a service.
 * The answer closes the connection: the rest of the body is still on its way and would otherwise have to
 * be read and thrown away before the client's next request on that connection (as Tomcat does too).
 */
public class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(String detail, long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, detail);
        getBody().setProperty("maxBytes", maxBytes);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONNECTION, "close");
        return headers;
    }

    /** The caller's doing, logged by Reactor Netty when it cuts a body: its stack would say nothing. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
