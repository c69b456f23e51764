package org.essmarket.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit (413) before anything reads them: a client cannot make a
 * service parse megabytes of JSON (DESIGN.md §5). Bodies sent without a length (chunked) are
 * bounded by the gateway's limit.
 * <p>
 * Multipart uploads to the paths an app lists in {@code essmarket.web.multipart-upload-paths} (Ant
 * patterns, e.g. {@code /api/v1/tenders/*}{@code /documents}) are left to Spring's multipart limits
 * ({@code spring.servlet.multipart.max-request-size}), which that app sets for its files: uploads
 * get their own limit without raising the limit of every other endpoint. Other bodies on those
 * paths keep this filter's limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long maxBytes;
    private final List<String> multipartUploadPaths;
    private final JsonMapper json;

    public RequestSizeLimitFilter(DataSize maxBodySize, List<String> multipartUploadPaths, JsonMapper json) {
        this.maxBytes = maxBodySize.toBytes();
        this.multipartUploadPaths = List.copyOf(multipartUploadPaths);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes && !isMultipartUpload(request)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes.", request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isMultipartUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                && multipartUploadPaths.stream().anyMatch(path -> PATHS.match(path, request.getRequestURI()));
    }
}
