package org.essmarket.supplier.invitation.persistence;

import java.time.Instant;

import org.essmarket.supplier.invitation.domain.Invitation;
import org.essmarket.supplier.invitation.domain.InvitationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invitation as stored in {@code invitations}: the token's hash only, never the token. */
@Document("invitations")
@CompoundIndex(name = "supplier_invited", def = "{'supplierId': 1, 'invitedAt': -1}")
@CompoundIndex(name = "member_invited", def = "{'invitedBy': 1, 'invitedAt': -1}")
record InvitationDocument(
        @Id String id,
        String supplierId,
        String email,
        @Indexed(unique = true) String tokenHash,
        String invitedBy,
        Instant invitedAt,
        InvitationStatus status,
        String closedBy,
        Instant closedAt,
        @Version Long version) {

    static InvitationDocument of(Invitation invitation) {
        return new InvitationDocument(invitation.id(), invitation.supplierId(), invitation.email(),
                invitation.tokenHash(), invitation.invitedBy(), invitation.invitedAt(), invitation.storedStatus(),
                invitation.closedBy(), invitation.closedAt(), invitation.version());
    }

    Invitation toInvitation() {
        return Invitation.restore(id, supplierId, email, tokenHash, invitedBy, invitedAt, version, status, closedBy,
                closedAt);
    }
}
