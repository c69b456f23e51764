package org.essmarket.platform.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The service's Keycloak client for service-to-service calls ({@code essmarket.service-account.*}). */
@ConfigurationProperties("essmarket.service-account")
public record ServiceAccountProperties(String clientId, String clientSecret, String tokenUri) {
}
