package org.essmarket.platform.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * The resource-server set-up every service shares: stateless bearer tokens checked for issuer and
 * audience (Boot's {@code spring.security.oauth2.resourceserver.jwt.*}, defaults in
 * platform-defaults.yml), realm roles as authorities, problem+json for 401/403, and the
 * operational endpoints left open. Each service then states who may call which of its endpoints.
 */
public final class ResourceServerSecurity {

    private final JwtAuthenticationConverter jwtAuthenticationConverter;
    private final ServletProblemSecurityHandlers problemHandlers;

    public ResourceServerSecurity(JwtAuthenticationConverter jwtAuthenticationConverter,
            ServletProblemSecurityHandlers problemHandlers) {
        this.jwtAuthenticationConverter = jwtAuthenticationConverter;
        this.problemHandlers = problemHandlers;
    }

    public HttpSecurity applyTo(HttpSecurity http) {
        return http
                // Bearer tokens only, no cookies: CSRF cannot ride on them.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers)
                        .withObjectPostProcessor(tokenCheckFailures(problemHandlers)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .authorizeHttpRequests(requests -> requests
                        // Probes and scraping stay reachable inside the cluster; the gateway never routes them.
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**").permitAll()
                        .requestMatchers("/error").permitAll());
    }

    /** Hands the tokens the bearer filter does not accept to the problem handlers (the configurer offers no setter). */
    static ObjectPostProcessor<BearerTokenAuthenticationFilter> tokenCheckFailures(
            ServletProblemSecurityHandlers problemHandlers) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(problemHandlers);
                return filter;
            }
        };
    }
}
