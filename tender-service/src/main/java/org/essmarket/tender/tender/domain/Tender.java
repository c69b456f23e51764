package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer body's tender and its lifecycle (DESIGN.md §3): PLANNED (announced ahead) → DRAFT →
 * SUBMITTED → PUBLISHED or REJECTED (by a facilitator, with a reason) → CLOSED at the deadline →
 * AWARDED or CANCELLED. Terms change only while PLANNED, DRAFT or REJECTED (a rejected tender goes
 * back to DRAFT when edited). Every forbidden transition is a {@link TenderRuleViolation} naming the
 * state. The terms given here are already checked by {@link TenderRules}.
 */
public class Tender {

    private final String id;
    private final String buyerSiret;
    private final String createdBy;
    private final Instant createdAt;
    private final Long version;
    private TenderTerms terms;
    private TenderStatus status;
    private String statusReason;
    private Instant publishedAt;
    private final List<LotAward> awards;
    private Instant submittedAt;
    private List<ExplainedWarning> explainedWarnings;

    private Tender(String id, String buyerSiret, String createdBy, Instant createdAt, Long version, TenderTerms terms,
            TenderStatus status, String statusReason, Instant publishedAt, List<LotAward> awards, Instant submittedAt,
            List<ExplainedWarning> explainedWarnings) {
        this.id = Objects.requireNonNull(id, "id");
        this.buyerSiret = Objects.requireNonNull(buyerSiret, "buyerSiret");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.publishedAt = publishedAt;
        this.awards = awards == null ? new ArrayList<>() : new ArrayList<>(awards);
        this.submittedAt = submittedAt;
        this.explainedWarnings = explainedWarnings == null ? List.of() : List.copyOf(explainedWarnings);
    }

    /** A new tender of a buyer body: announced ahead ({@code PLANNED}) or written right away ({@code DRAFT}). */
    public static Tender create(String id, String buyerSiret, TenderTerms terms, boolean announceAhead, String userId,
            Instant now) {
        return new Tender(id, buyerSiret, userId, now, null, terms,
                announceAhead ? TenderStatus.PLANNED : TenderStatus.DRAFT, null, null, List.of(), null, List.of());
    }

    /** A stored tender never submitted for validation. */
    public static Tender restore(String id, String buyerSiret, String createdBy, Instant createdAt, Long version,
            TenderTerms terms, TenderStatus status, String statusReason, Instant publishedAt, List<LotAward> awards) {
        return restore(id, buyerSiret, createdBy, createdAt, version, terms, status, statusReason, publishedAt, awards,
                null, List.of());
    }

    /** @param explainedWarnings the compliance warnings it was last submitted despite, with the buyer's reasons */
    public static Tender restore(String id, String buyerSiret, String createdBy, Instant createdAt, Long version,
            TenderTerms terms, TenderStatus status, String statusReason, Instant publishedAt, List<LotAward> awards,
            Instant submittedAt, List<ExplainedWarning> explainedWarnings) {
        return new Tender(id, buyerSiret, createdBy, createdAt, version, terms, status, statusReason, publishedAt,
                awards, submittedAt, explainedWarnings);
    }

    /** New terms; a rejected tender goes back to DRAFT to be submitted again. */
    public void update(TenderTerms newTerms) {
        if (!isEditable()) {
            throw new TenderRuleViolation(status, "A " + status + " tender cannot be edited");
        }
        this.terms = Objects.requireNonNull(newTerms, "terms");
        if (status == TenderStatus.REJECTED) {
            status = TenderStatus.DRAFT;
            statusReason = null;
        }
    }

    /** A PLANNED tender becomes a DRAFT the buyer completes for submission. */
    public void startDrafting() {
        require(TenderStatus.PLANNED, "start drafting");
        status = TenderStatus.DRAFT;
    }

    /** Whether the buyer may submit this tender now, as far as its state and terms go; refused otherwise. */
    public void requireSubmittable(Instant now) {
        if (status != TenderStatus.DRAFT && status != TenderStatus.REJECTED) {
            throw new TenderRuleViolation(status, "Only a DRAFT or REJECTED tender can be submitted, this one is " + status);
        }
        requireOpenDeadline(now);
        if (terms.awardCriteria().isEmpty()) {
            throw new InvalidFieldException("awardCriteria", "Give the award criteria and their weights before submitting");
        }
    }

    /**
     * The buyer sends a complete DRAFT (or a rejected one) for validation by a facilitator, with the
     * compliance warnings it submits despite and its reason for each.
     */
    public void submit(Instant now, List<ExplainedWarning> warnings) {
        requireSubmittable(now);
        status = TenderStatus.SUBMITTED;
        statusReason = null;
        submittedAt = now;
        explainedWarnings = List.copyOf(warnings);
    }

    /** A facilitator validates a SUBMITTED tender: it is public and open to bids until its deadline. */
    public void publish(Instant now) {
        require(TenderStatus.SUBMITTED, "publish");
        requireOpenDeadline(now);
        status = TenderStatus.PUBLISHED;
        publishedAt = now;
    }

    /** A facilitator sends a SUBMITTED tender back to its buyer, saying why. */
    public void reject(String reason) {
        require(TenderStatus.SUBMITTED, "reject");
        String why = requireReason(reason);
        status = TenderStatus.REJECTED;
        statusReason = why;
    }

    /** A PUBLISHED tender closes once its deadline has passed; whether it did. */
    public boolean closeIfDeadlinePassed(Instant now) {
        if (status != TenderStatus.PUBLISHED || terms.deadline() == null || terms.deadline().isAfter(now)) {
            return false;
        }
        status = TenderStatus.CLOSED;
        return true;
    }

    /**
     * The buyer abandons the tender, saying why; not once awarded or already cancelled. The lots
     * already awarded are void: their bidders are told of the cancellation, whatever they were told.
     */
    public void cancel(String reason) {
        if (status == TenderStatus.AWARDED || status == TenderStatus.CANCELLED) {
            throw new TenderRuleViolation(status, "A " + status + " tender cannot be cancelled");
        }
        String why = requireReason(reason);
        status = TenderStatus.CANCELLED;
        statusReason = why;
        awards.replaceAll(LotAward::toTellAgain);
    }

    /**
     * Lots are awarded once the deadline has passed (closing the tender if the deadline job has not
     * yet): checked before anything about a bid is looked at, since bids are sealed until then.
     */
    public void requireAwardable(Instant now) {
        closeIfDeadlinePassed(now);
        if (status != TenderStatus.CLOSED) {
            throw new TenderRuleViolation(status, status == TenderStatus.PUBLISHED
                    ? "Bids are sealed until the deadline " + terms.deadline() + ": award after it"
                    : "Only a CLOSED tender can be awarded, this one is " + status);
        }
    }

    /**
     * The buyer awards a lot to a bid, once the deadline has passed (closing the tender if the
     * deadline job has not yet), within the "max lots awarded per bidder" limit. When every lot is
     * awarded the tender is AWARDED. Which bids may win the lot is the caller's concern.
     */
    public LotAward awardLot(int lotNumber, String bidId, String bidderId, BigDecimal amount, Instant now) {
        requireAwardable(now);
        lot(lotNumber);
        if (awardOf(lotNumber).isPresent()) {
            throw new TenderRuleViolation(status, "Lot " + lotNumber + " is already awarded");
        }
        Integer limit = terms.lotLimits().maxLotsAwardedPerBidder();
        long alreadyWon = awards.stream().filter(award -> award.bidderId().equals(bidderId)).count();
        if (limit != null && alreadyWon >= limit) {
            throw new TenderRuleViolation(status, "This bidder already won " + alreadyWon
                    + " lot(s): the tender awards at most " + limit + " per bidder");
        }
        LotAward award = new LotAward(lotNumber, bidId, bidderId, amount, now, false, null);
        awards.add(award);
        if (awards.size() == lotsForBidding().size()) {
            status = TenderStatus.AWARDED;
        }
        return award;
    }

    /** Records that every bidder on the lot has been told the outcome. */
    public void markOutcomeNotified(int lotNumber) {
        awards.replaceAll(award -> award.lotNumber() == lotNumber ? award.notified() : award);
    }

    /** search-service refused the lot's outcome notifications: set aside with the reason, for an admin to see. */
    public void markOutcomeUndeliverable(int lotNumber, String reason) {
        awards.replaceAll(award -> award.lotNumber() == lotNumber ? award.undeliverable(reason) : award);
    }

    public Optional<LotAward> awardOf(int lotNumber) {
        return awards.stream().filter(award -> award.lotNumber() == lotNumber).findFirst();
    }

    /**
     * The lots suppliers bid on: the tender's lots, or for a tender not divided into lots
     * (L2113-11) a single lot number 1 standing for the whole contract.
     */
    public List<Lot> lotsForBidding() {
        if (terms.hasLots()) {
            return terms.lots();
        }
        String cpv = terms.cpvCodes().isEmpty() ? null : terms.cpvCodes().get(0);
        return List.of(new Lot(1, terms.title(), cpv, terms.estimatedValue(), Reservation.NONE));
    }

    /** The lot with this number, or an {@link InvalidFieldException} on {@code lotNumber}. */
    public Lot lot(int lotNumber) {
        return lotsForBidding().stream().filter(lot -> lot.number() == lotNumber).findFirst()
                .orElseThrow(() -> new InvalidFieldException("lotNumber", "Tender " + id + " has no lot " + lotNumber));
    }

    /** Whether bids are accepted now: PUBLISHED and before the deadline. */
    public boolean isOpenForBids(Instant now) {
        return status == TenderStatus.PUBLISHED && terms.deadline() != null && terms.deadline().isAfter(now);
    }

    /** Whether the deadline has passed, so the buyer may open the bids. */
    public boolean isDeadlinePassed(Instant now) {
        return terms.deadline() != null && !terms.deadline().isAfter(now);
    }

    public boolean isEditable() {
        return status == TenderStatus.PLANNED || status == TenderStatus.DRAFT || status == TenderStatus.REJECTED;
    }

    public boolean isOwnedBy(String siret) {
        return siret != null && siret.equals(buyerSiret);
    }

    private void require(TenderStatus expected, String action) {
        if (status != expected) {
            throw new TenderRuleViolation(status, "Only a " + expected + " tender can " + action + ", this one is " + status);
        }
    }

    private void requireOpenDeadline(Instant now) {
        if (terms.deadline() == null) {
            throw new InvalidFieldException("deadline", "A deadline for bids is required");
        }
        if (!terms.deadline().isAfter(now)) {
            throw new InvalidFieldException("deadline", "The deadline " + terms.deadline() + " has passed");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "Say why");
        }
        return reason.strip();
    }

    public String id() {
        return id;
    }

    public String buyerSiret() {
        return buyerSiret;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }

    public TenderTerms terms() {
        return terms;
    }

    public TenderStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<LotAward> awards() {
        return List.copyOf(awards);
    }

    /** When it was last submitted for validation; null if never. */
    public Instant submittedAt() {
        return submittedAt;
    }

    public List<ExplainedWarning> explainedWarnings() {
        return explainedWarnings;
    }
}
