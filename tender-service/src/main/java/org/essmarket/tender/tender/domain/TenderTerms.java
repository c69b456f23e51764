package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the buyer writes in a tender: everything but the server-owned fields (identity, buyer body,
 * status, dates of the lifecycle, version). Checked and normalised by {@link TenderRules}.
 *
 * @param expectedPublication for a PLANNED tender: when it is expected to be published
 * @param noLotsJustification why the tender is not divided into lots (required without lots, L2113-11)
 * @param facts what the legal checks need beyond the object (nature, buyer type, notice dates…)
 */
public record TenderTerms(
        String title,
        String description,
        TenderKind kind,
        Procedure procedure,
        BigDecimal estimatedValue,
        PlaceOfPerformance place,
        List<String> cpvCodes,
        SocialClause socialClause,
        String environmentalClause,
        List<AwardCriterion> awardCriteria,
        Instant deadline,
        LocalDate expectedPublication,
        ConsortiumPolicy consortiumPolicy,
        LotLimits lotLimits,
        List<Lot> lots,
        String noLotsJustification,
        ProcurementFacts facts) {

    public TenderTerms {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        awardCriteria = awardCriteria == null ? List.of() : List.copyOf(awardCriteria);
        lots = lots == null ? List.of() : List.copyOf(lots);
        consortiumPolicy = consortiumPolicy == null ? ConsortiumPolicy.ALLOW_ALL : consortiumPolicy;
        lotLimits = lotLimits == null ? LotLimits.NONE : lotLimits;
        place = place == null ? PlaceOfPerformance.nationwide() : place;
        facts = facts == null ? ProcurementFacts.UNSTATED : facts;
    }

    /** Terms without the facts the legal checks need (they assume what the report says). */
    public TenderTerms(String title, String description, TenderKind kind, Procedure procedure,
            BigDecimal estimatedValue, PlaceOfPerformance place, List<String> cpvCodes, SocialClause socialClause,
            String environmentalClause, List<AwardCriterion> awardCriteria, Instant deadline,
            LocalDate expectedPublication, ConsortiumPolicy consortiumPolicy, LotLimits lotLimits, List<Lot> lots,
            String noLotsJustification) {
        this(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause, environmentalClause,
                awardCriteria, deadline, expectedPublication, consortiumPolicy, lotLimits, lots, noLotsJustification,
                null);
    }

    public TenderTerms withLotLimits(LotLimits limits) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause,
                environmentalClause, awardCriteria, deadline, expectedPublication, consortiumPolicy, limits, lots,
                noLotsJustification, facts);
    }

    public TenderTerms withPlace(PlaceOfPerformance newPlace) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, newPlace, cpvCodes, socialClause,
                environmentalClause, awardCriteria, deadline, expectedPublication, consortiumPolicy, lotLimits, lots,
                noLotsJustification, facts);
    }

    public TenderTerms withDeadline(Instant newDeadline) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause,
                environmentalClause, awardCriteria, newDeadline, expectedPublication, consortiumPolicy, lotLimits, lots,
                noLotsJustification, facts);
    }

    public TenderTerms withFacts(ProcurementFacts newFacts) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause,
                environmentalClause, awardCriteria, deadline, expectedPublication, consortiumPolicy, lotLimits, lots,
                noLotsJustification, newFacts);
    }

    /** The nature the buyer gave, or the one its main CPV code (else its first lot's) says; null without either. */
    public Nature nature() {
        if (facts.nature() != null) {
            return facts.nature();
        }
        String main = !cpvCodes.isEmpty() ? cpvCodes.get(0) : lots.isEmpty() ? null : lots.get(0).cpv();
        return Nature.ofCpv(main);
    }

    /** The estimated value of the whole contract: the one given, else the sum of the lots' when each has one. */
    public BigDecimal totalValue() {
        if (estimatedValue != null || lots.isEmpty() || lots.stream().anyMatch(lot -> lot.estimatedValue() == null)) {
            return estimatedValue;
        }
        return lots.stream().map(Lot::estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasLots() {
        return !lots.isEmpty();
    }

    /** The notices of the reserved lots, each citing its article. */
    public List<String> reservationNotices() {
        return lots.stream().map(Lot::publicNotice).filter(notice -> notice != null).toList();
    }
}
