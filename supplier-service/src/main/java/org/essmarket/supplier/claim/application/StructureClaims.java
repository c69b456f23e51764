package org.essmarket.supplier.claim.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.essmarket.supplier.claim.application.ClaimExceptions.ClaimNotFound;
import org.essmarket.supplier.claim.application.ClaimExceptions.NotAllowed;
import org.essmarket.supplier.claim.domain.Claim;
import org.essmarket.supplier.claim.domain.ClaimRules;
import org.essmarket.supplier.claim.domain.ClaimStatus;
import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.claim.persistence.ClaimStore;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.DailyLimitReached;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.SupplierNotFound;
import org.essmarket.supplier.supplier.domain.DirectoryRuleViolation;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * People join a structure already in the directory (an imported SIAE, an ESAT, one a colleague
 * registered): they claim it, a facilitator approves or refuses, or their verified email at the
 * structure's domain approves it at once. Approval makes them a member and a supplier.
 *
 * <p>Answers never tell whether a structure has members: a claim is answered the same way either way.
 */
@Service
public class StructureClaims {

    private static final Duration RATE_WINDOW = Duration.ofDays(1);

    private final ClaimStore claims;
    private final SupplierStore suppliers;
    private final NewMembers members;
    private final ClaimLimits limits;
    private final Clock clock;

    public StructureClaims(ClaimStore claims, SupplierStore suppliers, NewMembers members, ClaimLimits limits,
            Clock clock) {
        this.claims = claims;
        this.suppliers = suppliers;
        this.members = members;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * A signed-in user asks to act for a listed structure. Asking again while a claim waits answers
     * that claim; a user refused for it waits {@link ClaimRules#REFUSAL_COOLDOWN} before asking again.
     */
    public Claim claimStructure(Claimant claimant, String supplierId) {
        Instant now = clock.instant();
        Supplier supplier = suppliers.findById(supplierId).filter(Supplier::isPubliclyListed)
                .orElseThrow(() -> new SupplierNotFound(supplierId));
        if (supplier.isMember(claimant.userId())) {
            throw new DirectoryRuleViolation("supplierId", "you already act for this structure");
        }
        Optional<Claim> earlier = claims.latestOf(claimant.userId(), supplierId);
        if (earlier.isPresent() && earlier.get().status() == ClaimStatus.PENDING) {
            return earlier.get();
        }
        ClaimRules.refusedUntil(earlier.orElse(null), now).ifPresent(until -> {
            throw new DirectoryRuleViolation("supplierId", "your claim of this structure was refused ("
                    + earlier.get().reason() + "): you may claim it again from "
                    + LocalDate.ofInstant(until, ZoneOffset.UTC) + ", or ask a facilitator");
        });
        if (claims.countByUserSince(claimant.userId(), now.minus(RATE_WINDOW)) >= limits.maxPerDay()) {
            throw new DailyLimitReached("claim a structure", limits.maxPerDay());
        }
        // Stored pending first: should the approval below fail, the claim waits in the facilitators' queue.
        Claim claim = claims.save(Claim.request(UUID.randomUUID().toString(), supplierId, claimant, now));
        Optional<String> domain = ClaimRules.emailProvesMembership(claimant, supplier.verifiedProfile());
        if (domain.isEmpty()) {
            return claim;
        }
        members.join(supplierId, claimant.userId(), claimant.userId());
        claim.approveByEmailDomain(domain.get(), now);
        return claims.save(claim);
    }

    /** A facilitator approves a claim (pending, or refused earlier): the user becomes a member and a supplier. */
    public Claim approveClaim(Caller facilitator, String claimId, String reason) {
        requireFacilitator(facilitator);
        Claim claim = load(claimId);
        claim.approve(facilitator.userId(), reason, clock.instant());
        members.join(claim.supplierId(), claim.userId(), facilitator.userId());
        return claims.save(claim);
    }

    /** A facilitator refuses a pending claim, saying why. */
    public Claim rejectClaim(Caller facilitator, String claimId, String reason) {
        requireFacilitator(facilitator);
        Claim claim = load(claimId);
        claim.reject(facilitator.userId(), reason, clock.instant());
        return claims.save(claim);
    }

    /** The facilitators' queue: claims awaiting a decision, the oldest first. */
    public Page<Claim> pendingClaims(Caller facilitator, Pageable page) {
        requireFacilitator(facilitator);
        return claims.findByStatus(ClaimStatus.PENDING, page);
    }

    public Page<Claim> myClaims(Caller caller, Pageable page) {
        return claims.findByUser(caller.userId(), page);
    }

    /** A claim, for the user who made it and for facilitators; 404 for anyone else. */
    public Claim findClaim(Caller caller, String claimId) {
        Claim claim = load(claimId);
        if (!caller.isAdmin() && !claim.isOf(caller.userId())) {
            throw new ClaimNotFound(claimId);
        }
        return claim;
    }

    private Claim load(String claimId) {
        return claims.findById(claimId).orElseThrow(() -> new ClaimNotFound(claimId));
    }

    private static void requireFacilitator(Caller caller) {
        if (!caller.isAdmin()) {
            throw new NotAllowed("only facilitators (admins) decide claims");
        }
    }
}
