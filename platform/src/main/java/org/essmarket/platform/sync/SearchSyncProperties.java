package org.essmarket.platform.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search relay's calls to search-service ({@code essmarket.search-sync.*}, defaults in
 * platform-defaults.yml): how long a push may take to connect and to be answered, and how a change
 * search keeps refusing is retried (a pause from {@code firstRetry} doubling up to
 * {@code longestRetry}) until {@code maxAttempts} refusals set it aside for good.
 */
@ConfigurationProperties("essmarket.search-sync")
public record SearchSyncProperties(Duration connectTimeout, Duration readTimeout, int maxAttempts,
        Duration firstRetry, Duration longestRetry) {
}
