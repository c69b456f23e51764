package org.essmarket.search.config;

import org.essmarket.search.index.application.ReindexProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reindexing's settings ({@link ReindexProperties}). */
@Configuration
@EnableConfigurationProperties(ReindexProperties.class)
class ReindexConfig {
}
