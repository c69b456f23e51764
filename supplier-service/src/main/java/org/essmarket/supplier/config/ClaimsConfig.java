package org.essmarket.supplier.config;

import org.essmarket.supplier.claim.application.ClaimLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The claims' limits, from essmarket.claims. */
@Configuration
@EnableConfigurationProperties(ClaimLimits.class)
public class ClaimsConfig {
}
