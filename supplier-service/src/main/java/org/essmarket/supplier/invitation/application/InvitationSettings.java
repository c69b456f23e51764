package org.essmarket.supplier.invitation.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Colleague invitations: how many one member sends a day, who the emails come from, and the web
 * address their links open ({@code {webOrigin}/invitations/{token}}).
 */
@ConfigurationProperties("essmarket.invitations")
public record InvitationSettings(int maxPerDay, String mailFrom, String webOrigin) {
}
