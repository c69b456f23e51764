package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A change of the composition after submission (R2142-26): a member leaves because of a
 * restructuring (merger, split, transfer) or its incapacity (liquidation, loss of capacity), the
 * others take over its scope with new shares. The tender's buyer approves or refuses it.
 */
public record ChangeRequest(String id, Type type, String reason, String leavingSupplierId,
        Map<String, BigDecimal> newShares, Status status, String requestedBy, Instant requestedAt, String decidedBy,
        String decisionComment, Instant decidedAt) {

    public enum Type {
        RESTRUCTURING, INCAPACITY
    }

    public enum Status {
        PENDING, APPROVED, REFUSED
    }

    public ChangeRequest {
        newShares = newShares == null ? Map.of() : Map.copyOf(newShares);
    }

    ChangeRequest decided(boolean approved, String buyerUserId, String comment, Instant now) {
        return new ChangeRequest(id, type, reason, leavingSupplierId, newShares,
                approved ? Status.APPROVED : Status.REFUSED, requestedBy, requestedAt, buyerUserId, comment, now);
    }
}
