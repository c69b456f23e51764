package org.essmarket.supplier.invitation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/**
 * A member of a structure invites a colleague by email. The emailed link carries a secret token
 * (only its hash is kept); it works once, for 7 days, only for a user whose verified email is the
 * invited address, and not after a member revoked it.
 */
public final class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private final String id;
    private final String supplierId;
    private final String email;
    private final String tokenHash;
    private final String invitedBy;
    private final Instant invitedAt;
    private final Long version;
    private InvitationStatus status;
    private String closedBy;
    private Instant closedAt;

    private Invitation(String id, String supplierId, String email, String tokenHash, String invitedBy,
            Instant invitedAt, Long version, InvitationStatus status, String closedBy, Instant closedAt) {
        this.id = Objects.requireNonNull(id);
        this.supplierId = Objects.requireNonNull(supplierId);
        this.email = Objects.requireNonNull(email);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.version = version;
        this.status = status;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /** A new invitation of {@code email} (checked and normalised) to act for the structure. */
    public static Invitation invite(String id, String supplierId, String email, String tokenHash, String member,
            Instant now) {
        return new Invitation(id, supplierId, address(email), tokenHash, member, now, null, InvitationStatus.PENDING,
                null, null);
    }

    public static Invitation restore(String id, String supplierId, String email, String tokenHash, String invitedBy,
            Instant invitedAt, Long version, InvitationStatus status, String closedBy, Instant closedAt) {
        return new Invitation(id, supplierId, email, tokenHash, invitedBy, invitedAt, version, status, closedBy,
                closedAt);
    }

    /** The invited user accepts: only with a verified email that is the invited address, once, in time. */
    public void accept(Claimant invitee, Instant now) {
        requireOpen(now);
        String verified = invitee.verifiedEmail();
        if (verified == null || !verified.toLowerCase(Locale.ROOT).equals(email)) {
            throw new InvitationForAnotherAddress();
        }
        close(InvitationStatus.ACCEPTED, invitee.userId(), now);
    }

    /** A member withdraws the invitation before it is used. */
    public void revoke(String member, Instant now) {
        requireOpen(now);
        close(InvitationStatus.REVOKED, member, now);
    }

    /** The status now: a pending invitation past its 7 days is EXPIRED. */
    public InvitationStatus status(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt()) ? InvitationStatus.EXPIRED : status;
    }

    public Instant expiresAt() {
        return invitedAt.plus(VALIDITY);
    }

    private void requireOpen(Instant now) {
        switch (status(now)) {
            case EXPIRED -> throw new InvitationClosed(InvitationStatus.EXPIRED, "this invitation expired on "
                    + LocalDate.ofInstant(expiresAt(), ZoneOffset.UTC) + ": ask a member of the structure for a new one");
            case REVOKED -> throw new InvitationClosed(InvitationStatus.REVOKED,
                    "this invitation was revoked by a member of the structure");
            case ACCEPTED -> throw new InvitationClosed(InvitationStatus.ACCEPTED, "this invitation was already used");
            case PENDING -> {
            }
        }
    }

    private void close(InvitationStatus newStatus, String by, Instant now) {
        status = newStatus;
        closedBy = by;
        closedAt = now;
    }

    /** An email address, trimmed and in lower case; what does not look like one is refused. */
    static String address(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidFieldException("email", "give the colleague's email address, e.g. camille@structure.fr");
        }
        return address;
    }

    public String id() {
        return id;
    }

    public String supplierId() {
        return supplierId;
    }

    public String email() {
        return email;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Long version() {
        return version;
    }

    /** The stored status (PENDING also when expired: see {@link #status(Instant)}). */
    public InvitationStatus storedStatus() {
        return status;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
