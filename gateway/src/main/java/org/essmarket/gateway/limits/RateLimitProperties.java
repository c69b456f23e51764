package org.essmarket.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests a minute one caller may make ({@code essmarket.rate-limit.*}): a signed-in
 * user (by Keycloak subject), or an anonymous client (by IP address).
 *
 * @param redisUrl     where the gateway nodes share their counts ({@code redis://host:6379}); blank:
 *                     each node counts on its own, in memory
 * @param redisTimeout the longest a request waits for Redis before this node counts it alone
 */
@ConfigurationProperties("essmarket.rate-limit")
public record RateLimitProperties(int userRequestsPerMinute, int anonymousRequestsPerMinute, String redisUrl,
        @DefaultValue("250ms") Duration redisTimeout) {

    boolean shared() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
