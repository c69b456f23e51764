package org.essmarket.gateway.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The web origins allowed to call the API from a browser ({@code essmarket.cors.*}); mobile apps need none. */
@ConfigurationProperties("essmarket.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
