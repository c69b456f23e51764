package org.essmarket.tender.config;

import java.time.Clock;
import java.time.Duration;

import org.essmarket.tender.reference.data.ReferenceData;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.domain.TenderRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reference codes (CPV 2008, INSEE departments and regions) shipped in the service, and the rules that use them. */
@Configuration
@EnableScheduling
public class TenderConfig {

    /** Ticks in milliseconds, MongoDB's precision: a time a write returns is the one later reads return. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    ReferenceCodes referenceCodes() {
        return ReferenceData.load();
    }

    @Bean
    TenderRules tenderRules(ReferenceCodes codes) {
        return new TenderRules(codes);
    }
}
