package org.essmarket.tender.config;

import java.time.Clock;
import java.time.Duration;

import org.essmarket.tender.compliance.data.ComplianceReferenceData;
import org.essmarket.tender.compliance.domain.ComplianceChecks;
import org.essmarket.tender.reference.data.ReferenceData;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.domain.TenderRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reference data shipped in the service (CPV 2008, INSEE departments and regions, the legal
 * checks' rules and thresholds), and the rules that use them.
 */
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

    /** The legal checks of tenders, with the reference data shipped in the service (compliance-rules.json). */
    @Bean
    ComplianceChecks complianceChecks() {
        return ComplianceChecks.withAllRules(ComplianceReferenceData.load());
    }

    @Bean
    TenderRules tenderRules(ReferenceCodes codes) {
        return new TenderRules(codes);
    }
}
