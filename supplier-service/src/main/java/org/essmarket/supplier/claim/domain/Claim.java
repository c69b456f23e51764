package org.essmarket.supplier.claim.domain;

import java.time.Instant;
import java.util.Objects;

import org.essmarket.supplier.supplier.domain.DirectoryRuleViolation;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/**
 * A user's request to act for a structure already in the directory (e.g. an imported SIAE). A
 * facilitator approves or refuses it; it is approved at once when the user's verified email is at
 * the structure's own domain ({@link ClaimRules#emailProvesMembership}).
 */
public final class Claim {

    /** Who decided a claim approved through the user's email domain. */
    public static final String EMAIL_DOMAIN = "email-domain";

    private final String id;
    private final String supplierId;
    private final String userId;
    private final String email;
    private final Instant requestedAt;
    private final Long version;
    private ClaimStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String reason;

    private Claim(String id, String supplierId, String userId, String email, Instant requestedAt, Long version,
            ClaimStatus status, String decidedBy, Instant decidedAt, String reason) {
        this.id = Objects.requireNonNull(id);
        this.supplierId = Objects.requireNonNull(supplierId);
        this.userId = Objects.requireNonNull(userId);
        this.email = email;
        this.requestedAt = requestedAt;
        this.version = version;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    /** A new claim, awaiting a facilitator; {@code email} is the claimant's verified address, if any. */
    public static Claim request(String id, String supplierId, Claimant claimant, Instant now) {
        return new Claim(id, supplierId, claimant.userId(), claimant.verifiedEmail(), now, null, ClaimStatus.PENDING,
                null, null, null);
    }

    public static Claim restore(String id, String supplierId, String userId, String email, Instant requestedAt,
            Long version, ClaimStatus status, String decidedBy, Instant decidedAt, String reason) {
        return new Claim(id, supplierId, userId, email, requestedAt, version, status, decidedBy, decidedAt, reason);
    }

    /** Approved at once: the claimant's verified email is at the structure's domain. */
    public void approveByEmailDomain(String domain, Instant now) {
        requirePending();
        decide(ClaimStatus.APPROVED, EMAIL_DOMAIN, "verified email at " + domain, now);
    }

    /** A facilitator approves a pending claim, or one refused before (they may change their mind). */
    public void approve(String facilitator, String why, Instant now) {
        if (status == ClaimStatus.APPROVED) {
            throw new DirectoryRuleViolation("status", "the claim is already approved");
        }
        decide(ClaimStatus.APPROVED, facilitator, why, now);
    }

    /** A facilitator refuses a pending claim, saying why; the user may not claim the structure again for a while. */
    public void reject(String facilitator, String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new InvalidFieldException("reason", "say why the claim is refused: the user reads it");
        }
        requirePending();
        decide(ClaimStatus.REJECTED, facilitator, why.trim(), now);
    }

    public boolean isOf(String user) {
        return userId.equals(user);
    }

    private void requirePending() {
        if (status != ClaimStatus.PENDING) {
            throw new DirectoryRuleViolation("status", "only a PENDING claim can be decided; it is " + status);
        }
    }

    private void decide(ClaimStatus newStatus, String by, String why, Instant now) {
        status = newStatus;
        decidedBy = by;
        decidedAt = now;
        reason = why == null || why.isBlank() ? null : why.trim();
    }

    public String id() {
        return id;
    }

    public String supplierId() {
        return supplierId;
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Long version() {
        return version;
    }

    public ClaimStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
