package org.essmarket.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit (413) before anything reads them: a client cannot make a
 * service parse megabytes of JSON (DESIGN.md §5). Bodies sent without a length (chunked) are
 * bounded by the gateway's limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    public RequestSizeLimitFilter(DataSize maxBodySize, JsonMapper json) {
        this.maxBytes = maxBodySize.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes.", request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }
}
