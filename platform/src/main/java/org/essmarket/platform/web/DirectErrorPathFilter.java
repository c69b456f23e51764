package org.essmarket.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's {@code /error} page is for the container's error dispatches only. Asked for directly, it
 * has no error to describe and would answer a 500 ({@code "status": 999}); here it is a 404
 * problem like any path that serves nothing. Registered for request dispatches only, so real error
 * dispatches still reach it.
 */
public class DirectErrorPathFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public DirectErrorPathFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.NOT_FOUND, "No such resource.",
                request.getRequestURI()));
    }
}
