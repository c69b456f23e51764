package org.essmarket.gateway.web;

import org.essmarket.gateway.signin.SignInProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The web app's pages and files carry a strict Content-Security-Policy (no inline script or style,
 * API calls to this origin only, never framed) and are revalidated on each visit unless they say
 * otherwise (hashed assets: a year). Spring Security's defaults, which it adds only where a header
 * is missing, stay on the API and on Swagger UI, whose page needs inline script.
 */
@Component
@Order(-200) // before Spring Security's header writer (-100), which keeps headers already set
class PageHeadersWebFilter implements WebFilter {

    private final String contentSecurityPolicy;

    PageHeadersWebFilter(SignInProperties signIn) {
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
                // Logging in and out posts a form to the gateway, which redirects to Keycloak's pages.
                + "form-action 'self' " + signIn.keycloakOrigin();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (PagesConfiguration.isPage(exchange.getRequest().getPath().pathWithinApplication())) {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.setCacheControl(CacheControl.noCache());
        }
        return chain.filter(exchange);
    }
}
