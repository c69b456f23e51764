package org.essmarket.supplier.config;

import java.time.Clock;

import org.essmarket.supplier.reference.data.ReferenceData;
import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.supplier.domain.ProfileRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data (CPV 2008, INSEE geography) shipped in the service, and the rules that use it. */
@Configuration
public class DirectoryConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CpvCatalogue cpvCatalogue() {
        return ReferenceData.loadCpvCatalogue();
    }

    @Bean
    Geography geography() {
        return ReferenceData.loadGeography();
    }

    @Bean
    ProfileRules profileRules(CpvCatalogue cpv, Geography geography) {
        return new ProfileRules(cpv, geography);
    }
}
