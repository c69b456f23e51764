package org.essmarket.tender.bid.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.essmarket.tender.tender.domain.InvalidFieldException;

/**
 * A sealed bid on one or more lots of a tender, from a supplier alone or from a groupement (then
 * with its {@code consortiumId} and every tenderer's role). Checked by {@link BidRules} before it
 * exists. It is read by the users acting for one of its tenderers at the time they ask (as
 * supplier-service says then): a user removed from a supplier no longer reads or changes its bids.
 */
public class Bid {

    private final String id;
    private final String tenderId;
    private final String consortiumId;
    private List<Tenderer> tenderers;
    private final List<LotOffer> offers;
    private final String submittedBy;
    private final Instant submittedAt;
    private final String requestFingerprint;
    private final Long version;
    private BidStatus status;
    private Instant withdrawnAt;

    private Bid(String id, String tenderId, String consortiumId, List<Tenderer> tenderers, List<LotOffer> offers,
            String submittedBy, Instant submittedAt, String requestFingerprint, Long version, BidStatus status,
            Instant withdrawnAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        this.consortiumId = consortiumId;
        this.tenderers = List.copyOf(tenderers);
        this.offers = List.copyOf(offers);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.requestFingerprint = requestFingerprint;
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.withdrawnAt = withdrawnAt;
    }

    /** A new bid, already checked by {@link BidRules#check}. */
    public static Bid submit(String id, String tenderId, String consortiumId, List<Tenderer> tenderers,
            List<LotOffer> offers, String submittedBy, String requestFingerprint, Instant now) {
        return new Bid(id, tenderId, consortiumId, tenderers, offers, submittedBy, now, requestFingerprint, null,
                BidStatus.PENDING, null);
    }

    public static Bid restore(String id, String tenderId, String consortiumId, List<Tenderer> tenderers,
            List<LotOffer> offers, String submittedBy, Instant submittedAt, String requestFingerprint, Long version,
            BidStatus status, Instant withdrawnAt) {
        return new Bid(id, tenderId, consortiumId, tenderers, offers, submittedBy, submittedAt, requestFingerprint,
                version, status, withdrawnAt);
    }

    /** The bidder takes its bid back; only before the tender's deadline. */
    public void withdraw(Instant deadline, Instant now) {
        if (!status.isActive()) {
            throw new BidRuleViolation("bid status", "This bid is " + status + " and cannot be withdrawn");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw new BidRuleViolation("deadline", "The deadline " + deadline + " has passed: the bid stands");
        }
        status = BidStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /**
     * A member leaves the groupement through a change the buyer approved (R2142-26): it is no longer
     * a tenderer. False when it was not (already told). The mandataire signed the bid and stays.
     */
    public boolean removeTenderer(String supplierId) {
        if (!isJoint()) {
            throw new BidRuleViolation("R2142-26", "Only a groupement's bid changes its composition");
        }
        if (supplierId.equals(bidderId())) {
            throw new BidRuleViolation("R2142-26", "The mandataire signed the bid and cannot leave it");
        }
        List<Tenderer> remaining = tenderers.stream().filter(t -> !t.supplierId().equals(supplierId)).toList();
        boolean removed = remaining.size() < tenderers.size();
        tenderers = remaining;
        return removed;
    }

    /** The buyer gave this bid a lot. */
    public void markAwarded() {
        if (!status.isActive()) {
            throw new BidRuleViolation("bid status", "A " + status + " bid cannot be awarded");
        }
        status = BidStatus.AWARDED;
    }

    /** The supplier that bid alone or leads the groupement: the bidder the tender's lot limits count. */
    public String bidderId() {
        return tenderers.stream().filter(t -> t.role() == TendererRole.SOLE || t.role() == TendererRole.LEAD)
                .findFirst().map(Tenderer::supplierId).orElseThrow();
    }

    public boolean isJoint() {
        return consortiumId != null;
    }

    public boolean involves(String supplierId) {
        return tenderers.stream().anyMatch(t -> t.supplierId().equals(supplierId));
    }

    /**
     * Who may withdraw the bid or add documents to it. Alone: a user acting for the bidding supplier
     * ({@code actingFor}: the suppliers the user is a member of now). A groupement's bid is the lead's
     * act through its workspace, so only the service that submitted it may change it: a partner acting
     * directly would leave the workspace showing a stale bid.
     */
    public boolean mayBeChangedBy(String userId, boolean isService, Set<String> actingFor) {
        if (isJoint()) {
            return isService && submittedBy != null && submittedBy.equals(userId);
        }
        return actingFor.contains(bidderId());
    }

    /** Whether a user acting for these suppliers reads the bid: it acts for one of its tenderers. */
    public boolean isReadableBy(Set<String> actingFor) {
        return tenderers.stream().anyMatch(tenderer -> actingFor.contains(tenderer.supplierId()));
    }

    public Set<Integer> lotNumbers() {
        return new TreeSet<>(offers.stream().map(LotOffer::lotNumber).toList());
    }

    public LotOffer offerFor(int lotNumber) {
        return offers.stream().filter(offer -> offer.lotNumber() == lotNumber).findFirst()
                .orElseThrow(() -> new InvalidFieldException("bidId", "Bid " + id + " makes no offer for lot " + lotNumber));
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
    }

    public String consortiumId() {
        return consortiumId;
    }

    public List<Tenderer> tenderers() {
        return tenderers;
    }

    public List<LotOffer> offers() {
        return offers;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public Long version() {
        return version;
    }

    public BidStatus status() {
        return status;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
