package org.essmarket.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the rate-limit allowances are counted: in Redis when a URL is configured, else in memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    Allowances allowances(RateLimitProperties limits) {
        return limits.shared()
                ? new SharedAllowances(limits.redisUrl(), limits.redisTimeout(), new LocalAllowances())
                : new LocalAllowances();
    }
}
