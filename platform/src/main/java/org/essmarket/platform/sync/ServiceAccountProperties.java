package org.essmarket.platform.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's Keycloak client for service-to-service calls ({@code essmarket.service-account.*}),
 * and how long asking Keycloak for a token may take to connect and to be answered.
 */
@ConfigurationProperties("essmarket.service-account")
public record ServiceAccountProperties(String clientId, String clientSecret, String tokenUri, Duration connectTimeout,
        Duration readTimeout) {
}
