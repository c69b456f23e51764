package org.essmarket.supplier.claim.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many structures one user may claim a day: enough for a real person, too few to probe the directory. */
@ConfigurationProperties("essmarket.claims")
public record ClaimLimits(int maxPerDay) {
}
