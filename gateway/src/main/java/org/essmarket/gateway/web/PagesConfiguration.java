package org.essmarket.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The web app's pages (the {@code org.essmarket:web} jar's {@code static/}): a browser opening any
 * page address gets index.html, which the app routes itself (deep links); hashed assets are cached
 * for a year, index.html is checked again on every visit.
 */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration implements WebFluxConfigurer {

    /** The gateway's own and the API's addresses, never answered with the app (DESIGN.md §8). */
    static final List<PathPattern> NOT_PAGES = patterns("/api/**", "/web/**", "/oauth2/**", "/login/**", "/logout",
            "/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/**", "/api-docs/**", "/webjars/**",
            "/fallback/**", "/internal/**");
    private static final PathPattern ASSETS = PathPatternParser.defaultInstance.parse("/assets/**");
    private static final CacheControl ONE_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Vite names them after their content: a new build is a new address.
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/").setCacheControl(ONE_YEAR);
    }

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> deepLinks(@Value("classpath:/static/index.html") Resource index) {
        return RouterFunctions.route(request -> isPageNavigation(request) && index.exists(),
                request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                        .bodyValue(index));
    }

    @Bean
    ForwardedHeaderTransformer forwardedHeaderTransformer(@Value("${essmarket.trusted-proxies}") String trustedProxies) {
        return new TrustedForwardedHeaderTransformer(trustedProxies);
    }

    static boolean isPage(PathContainer path) {
        return NOT_PAGES.stream().noneMatch(pattern -> pattern.matches(path));
    }

    /**
     * A browser opening an address of the app: GET, asking for HTML by name (a script's or an
     * image's request accepts any type), not a file such as /favicon.ico or an asset.
     */
    private static boolean isPageNavigation(ServerRequest request) {
        PathContainer path = request.requestPath().pathWithinApplication();
        List<PathContainer.Element> elements = path.elements();
        String last = elements.isEmpty() ? "" : elements.get(elements.size() - 1).value();
        return request.method() == HttpMethod.GET && isPage(path) && !ASSETS.matches(path) && !last.contains(".")
                && request.headers().accept().stream().anyMatch(type -> type.getType().equals("text")
                        && type.getSubtype().equals("html"));
    }

    private static List<PathPattern> patterns(String... patterns) {
        return List.of(patterns).stream().map(PathPatternParser.defaultInstance::parse).toList();
    }
}
