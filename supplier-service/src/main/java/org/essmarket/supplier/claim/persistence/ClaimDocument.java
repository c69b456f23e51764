package org.essmarket.supplier.claim.persistence;

import java.time.Instant;

import org.essmarket.supplier.claim.domain.Claim;
import org.essmarket.supplier.claim.domain.ClaimStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A claim as stored in the {@code claims} collection; indexed for a user's claims and the facilitators' queue. */
@Document("claims")
@CompoundIndex(name = "user_supplier", def = "{'userId': 1, 'supplierId': 1, 'requestedAt': -1}")
@CompoundIndex(name = "user_requested", def = "{'userId': 1, 'requestedAt': -1}")
record ClaimDocument(
        @Id String id,
        String supplierId,
        String userId,
        String email,
        Instant requestedAt,
        @Indexed ClaimStatus status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        @Version Long version) {

    static ClaimDocument of(Claim claim) {
        return new ClaimDocument(claim.id(), claim.supplierId(), claim.userId(), claim.email(), claim.requestedAt(),
                claim.status(), claim.decidedBy(), claim.decidedAt(), claim.reason(), claim.version());
    }

    Claim toClaim() {
        return Claim.restore(id, supplierId, userId, email, requestedAt, version, status, decidedBy, decidedAt, reason);
    }
}
