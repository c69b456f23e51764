package org.essmarket.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many API requests a minute one caller may make ({@code essmarket.rate-limit.*}): a signed-in
 * user (by Keycloak subject), or an anonymous client (by IP address).
 */
@ConfigurationProperties("essmarket.rate-limit")
public record RateLimitProperties(int userRequestsPerMinute, int anonymousRequestsPerMinute) {
}
