package org.essmarket.search.config;

import org.essmarket.search.matching.application.AlertWorkProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs: the alert work left over by pushes (AlertOutbox), on the shared scheduler pool. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AlertWorkProperties.class)
class SchedulingConfig {
}
