package org.essmarket.gateway.config;

import org.essmarket.platform.security.ReactiveProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway's first wall (each service checks again, DESIGN.md §1): a token, when sent, must be
 * valid; anonymous callers reach only the public reads of DESIGN.md §5.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http,
            ReactiveJwtAuthenticationConverterAdapter jwtConverter, ReactiveProblemSecurityHandlers problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> exchanges
                        // Only served on the management port (see application.yml), never on the public one.
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs/**", "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        // Public reads: catalogue and tender search, published tenders, verified suppliers (DESIGN.md §5).
                        .pathMatchers(HttpMethod.GET, "/api/v1/search/**", "/api/v1/tenders/**", "/api/v1/suppliers",
                                "/api/v1/suppliers/**").permitAll()
                        .pathMatchers("/api/v1/**").authenticated()
                        .anyExchange().denyAll())
                .build();
    }
}
