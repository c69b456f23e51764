package org.essmarket.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, with a 400 naming the parameter or header, what no code of ours can read: a query string that is not
 * percent-encoded UTF-8 or that holds control characters ({@code ?q=%ff}, {@code ?q=a%00b}), and an
 * {@code Accept} or {@code Content-Type} header that is not a media type. Left to Tomcat, the first call that
 * reads a parameter — Spring Security's firewall, a controller — throws an exception that no handler expects,
 * and the caller gets a 500 for its own mistake; left to Spring MVC, an unreadable {@code Accept} makes it drop
 * the problem body of whatever error follows, and a broken multipart type fails as a 500.
 */
public class UnreadableRequestFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public UnreadableRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ProblemDetail> refusal = firstProblemIn(request.getQueryString())
                .map(problem -> refusal("The query parameter '", problem, request))
                .or(() -> unreadableMediaType(request).map(problem -> refusal("The header '", problem, request)));
        if (refusal.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static ProblemDetail refusal(String what, FieldProblem problem, HttpServletRequest request) {
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, what + problem.field() + "' " + problem.message() + ".",
                request.getRequestURI());
        body.setProperty("errors", List.of(problem));
        return body;
    }

    /** An Accept header that is not a list of media types, or a Content-Type that is not one (multipart without its boundary). */
    static Optional<FieldProblem> unreadableMediaType(HttpServletRequest request) {
        try {
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            return Optional.of(new FieldProblem(HttpHeaders.ACCEPT, "is not a list of media types"));
        }
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA) && type.getParameter("boundary") == null) {
                return Optional.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "is multipart without a boundary"));
            }
        } catch (InvalidMediaTypeException e) { // an unknown charset too
            return Optional.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "is not a media type"));
        }
        return Optional.empty();
    }

    /** The first parameter whose name or value does not decode, or decodes to a control character. */
    static Optional<FieldProblem> firstProblemIn(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decoded(rawName);
            Optional<String> value = equals < 0 ? Optional.of("") : decoded(pair.substring(equals + 1));
            // A name that does not decode is named as sent: the caller must recognise it.
            String field = name.filter(UnreadableRequestFilter::printable).orElse(rawName);
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.of(new FieldProblem(field, "is not valid percent-encoded UTF-8"));
            }
            if (!printable(name.get()) || !printable(value.get())) {
                return Optional.of(new FieldProblem(field, "must not contain control characters"));
            }
        }
        return Optional.empty();
    }

    /** application/x-www-form-urlencoded decoding that reports, rather than replaces, what is wrong. */
    private static Optional<String> decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean printable(String text) {
        return text.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
