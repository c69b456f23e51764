package org.essmarket.consortium.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The partners consortium-service calls through Feign clients with its own service token
 * (supplier-service, tender-service, search-service), and its scheduled relays (joint bids still to
 * confirm, notifications still to send).
 */
@Configuration
@EnableScheduling
@EnableFeignClients(basePackages = "org.essmarket.consortium.integration")
public class ConsortiumConfig {

    /** Ticks in milliseconds, MongoDB's precision: a time a write returns is the one later reads return. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
