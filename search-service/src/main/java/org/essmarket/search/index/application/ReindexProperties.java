package org.essmarket.search.index.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reindexing ({@code essmarket.search.reindex.*}, application.yml): how long a reindex holds its
 * claim without making progress ({@code lease}: longer than reading and indexing one page of the
 * owner's feed takes). Past it, its replica is taken for dead and a new reindex may start.
 */
@ConfigurationProperties("essmarket.search.reindex")
public record ReindexProperties(Duration lease) {
}
