package org.essmarket.tender.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/**
 * The other services tender-service calls (supplier-service for tenderers' eligibility,
 * search-service for notifications), through Feign clients with the service's own token.
 */
@Configuration
@EnableFeignClients(basePackages = "org.essmarket.tender.integration")
public class PartnerServicesConfig {
}
