package org.essmarket.gateway.config;

import java.util.List;

import org.essmarket.gateway.signin.SessionStoreConfiguration;
import org.essmarket.gateway.signin.SignInConfiguration;
import org.essmarket.gateway.web.ProblemResponses;
import org.essmarket.platform.security.ReactiveProblemSecurityHandlers;
import org.essmarket.platform.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's first wall (each service checks again, DESIGN.md §1), for two kinds of callers:
 * requests with a bearer token (mobile apps, scripts) are checked as a resource server, statelessly
 * and without CSRF; everything else — the web app in a browser — signs in through the gateway
 * (DESIGN.md §8), whose session cookie makes every unsafe call need the CSRF token. Either way a
 * token, when there is one, must be valid, and anonymous callers reach only the public reads of
 * DESIGN.md §5 and the web app's pages.
 */
@Configuration
@EnableConfigurationProperties(CorsProperties.class)
public class SecurityConfig {

    /** Browsers of the configured web origins may call the API with a bearer token (no cookies). */
    static CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    /** Mobile apps and scripts: their bearer token is the whole story, as before the web app's sign-in. */
    @Bean
    @Order(1)
    SecurityWebFilterChain bearerSecurity(ServerHttpSecurity http, ReactiveJwtAuthenticationConverterAdapter jwtConverter,
            ReactiveProblemSecurityHandlers problems, CorsProperties corsProperties) {
        return http
                .securityMatcher(exchange -> {
                    String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
                    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                            ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
                })
                // Never reads or writes a session: a token call stays stateless.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(corsConfigurationSource(corsProperties)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> apiRules(exchanges).anyExchange().denyAll())
                .build();
    }

    /**
     * Browsers: the web app's pages for everyone, sign-in through Keycloak, and the API with the
     * session's user (TokenRelay puts their access token on the call) or anonymously. An API call
     * that needs a user gets 401, never a redirect to a login page.
     */
    @Bean
    @Order(2)
    SecurityWebFilterChain sessionSecurity(ServerHttpSecurity http, ReactiveProblemSecurityHandlers problems,
            CorsProperties corsProperties, ReactiveClientRegistrationRepository registrations, JsonMapper json) {
        ServerCsrfTokenRequestAttributeHandler csrfTokens = new ServerCsrfTokenRequestAttributeHandler();
        return http
                .cors(cors -> cors.configurationSource(corsConfigurationSource(corsProperties)))
                .csrf(csrf -> csrf
                        // The web app reads XSRF-TOKEN and sends it back as X-XSRF-TOKEN (forms: _csrf).
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        // The plain token, as a script reads it from the cookie (the default XOR handler expects a masked one).
                        .csrfTokenRequestHandler(csrfTokens)
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                SecurityConfig::carriesSessionCookie))
                        .accessDeniedHandler(csrfRefused(json)))
                .addFilterAfter(writeCsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // Only /web/login starts a sign-in: no request is saved to replay after it.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2Login(login -> login
                        .authenticationSuccessHandler(SignInConfiguration.backToReturnTo())
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?connexion=echec")))
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(SignInConfiguration.keycloakLogout(registrations)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> apiRules(exchanges)
                        .pathMatchers("/fallback/**", "/internal/**").denyAll()
                        // The web app's pages and files, /web/session and /web/login.
                        .anyExchange().permitAll())
                .build();
    }

    /** What both kinds of callers may do on the API. */
    private static AuthorizeExchangeSpec apiRules(AuthorizeExchangeSpec exchanges) {
        return exchanges
                // Only served on the management port (see application.yml), never on the public one.
                .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                .pathMatchers("/v3/api-docs/**", "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                // Public reads: catalogue and tender search, published tenders, verified suppliers (DESIGN.md §5).
                .pathMatchers(HttpMethod.GET, "/api/v1/search/**", "/api/v1/tenders/**", "/api/v1/suppliers",
                        "/api/v1/suppliers/**").permitAll()
                .pathMatchers(HttpMethod.OPTIONS, "/api/v1/**").permitAll()
                .pathMatchers("/api/v1/**").authenticated();
    }

    /** Only a call that brings the session cookie can act for a user, so only it needs the CSRF token. */
    private static Mono<ServerWebExchangeMatcher.MatchResult> carriesSessionCookie(
            ServerWebExchange exchange) {
        return exchange.getRequest().getCookies().containsKey(SessionStoreConfiguration.COOKIE)
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** CsrfWebFilter only offers the token; asking for it writes the XSRF-TOKEN cookie when missing. */
    private static WebFilter writeCsrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.empty() : token).then(chain.filter(exchange));
        };
    }

    private static ServerAccessDeniedHandler csrfRefused(JsonMapper json) {
        return (exchange, denied) -> ProblemResponses.write(exchange, Problems.of(HttpStatus.FORBIDDEN,
                "Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.",
                exchange.getRequest().getPath().value()), json);
    }
}
