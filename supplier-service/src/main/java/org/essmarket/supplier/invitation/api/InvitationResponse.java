package org.essmarket.supplier.invitation.api;

import java.time.Instant;

import org.essmarket.supplier.invitation.domain.Invitation;
import org.essmarket.supplier.invitation.domain.InvitationStatus;

/** An invitation as members and its addressee read it; the token is only ever in the email. */
public record InvitationResponse(String id, String supplierId, String email, InvitationStatus status,
        String invitedBy, Instant invitedAt, Instant expiresAt, Instant closedAt) {

    static InvitationResponse of(Invitation invitation, Instant now) {
        return new InvitationResponse(invitation.id(), invitation.supplierId(), invitation.email(),
                invitation.status(now), invitation.invitedBy(), invitation.invitedAt(), invitation.expiresAt(),
                invitation.closedAt());
    }
}
