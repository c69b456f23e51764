package org.essmarket.supplier.claim.api;

import java.time.Instant;

import org.essmarket.supplier.claim.domain.Claim;
import org.essmarket.supplier.claim.domain.ClaimStatus;

/**
 * A claim as its user and facilitators read it. {@code decidedBy} (a facilitator's id, or
 * {@code email-domain}) only for facilitators. Absent fields are left out of the JSON.
 */
public record ClaimResponse(String id, String supplierId, String userId, String email, ClaimStatus status,
        Instant requestedAt, Instant decidedAt, String reason, String decidedBy) {

    static ClaimResponse of(Claim claim, boolean forFacilitator) {
        return new ClaimResponse(claim.id(), claim.supplierId(), claim.userId(), claim.email(), claim.status(),
                claim.requestedAt(), claim.decidedAt(), claim.reason(), forFacilitator ? claim.decidedBy() : null);
    }
}
