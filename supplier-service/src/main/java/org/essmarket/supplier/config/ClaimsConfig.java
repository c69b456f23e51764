package org.essmarket.supplier.config;

import org.essmarket.supplier.claim.application.ClaimLimits;
import org.essmarket.supplier.invitation.application.InvitationSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The claims' and invitations' settings, from essmarket.claims and essmarket.invitations. */
@Configuration
@EnableConfigurationProperties({ ClaimLimits.class, InvitationSettings.class })
public class ClaimsConfig {
}
