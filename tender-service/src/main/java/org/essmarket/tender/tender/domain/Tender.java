package org.essmarket.tender.tender.domain;

import java.time.Instant;
import java.util.Objects;

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

    private Tender(String id, String buyerSiret, String createdBy, Instant createdAt, Long version, TenderTerms terms,
            TenderStatus status, String statusReason, Instant publishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.buyerSiret = Objects.requireNonNull(buyerSiret, "buyerSiret");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.publishedAt = publishedAt;
    }

    /** A new tender of a buyer body: announced ahead ({@code PLANNED}) or written right away ({@code DRAFT}). */
    public static Tender create(String id, String buyerSiret, TenderTerms terms, boolean announceAhead, String userId,
            Instant now) {
        return new Tender(id, buyerSiret, userId, now, null, terms,
                announceAhead ? TenderStatus.PLANNED : TenderStatus.DRAFT, null, null);
    }

    public static Tender restore(String id, String buyerSiret, String createdBy, Instant createdAt, Long version,
            TenderTerms terms, TenderStatus status, String statusReason, Instant publishedAt) {
        return new Tender(id, buyerSiret, createdBy, createdAt, version, terms, status, statusReason, publishedAt);
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

    /** The buyer sends a complete DRAFT (or a rejected one) for validation by a facilitator. */
    public void submit(Instant now) {
        if (status != TenderStatus.DRAFT && status != TenderStatus.REJECTED) {
            throw new TenderRuleViolation(status, "Only a DRAFT or REJECTED tender can be submitted, this one is " + status);
        }
        requireOpenDeadline(now);
        if (terms.awardCriteria().isEmpty()) {
            throw new InvalidFieldException("awardCriteria", "Give the award criteria and their weights before submitting");
        }
        status = TenderStatus.SUBMITTED;
        statusReason = null;
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

    /** The buyer abandons the tender, saying why; not once awarded or already cancelled. */
    public void cancel(String reason) {
        if (status == TenderStatus.AWARDED || status == TenderStatus.CANCELLED) {
            throw new TenderRuleViolation(status, "A " + status + " tender cannot be cancelled");
        }
        String why = requireReason(reason);
        status = TenderStatus.CANCELLED;
        statusReason = why;
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
}
