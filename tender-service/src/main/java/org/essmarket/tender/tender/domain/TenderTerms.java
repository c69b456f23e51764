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
        String noLotsJustification) {

    public TenderTerms {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        awardCriteria = awardCriteria == null ? List.of() : List.copyOf(awardCriteria);
        lots = lots == null ? List.of() : List.copyOf(lots);
        consortiumPolicy = consortiumPolicy == null ? ConsortiumPolicy.ALLOW_ALL : consortiumPolicy;
        lotLimits = lotLimits == null ? LotLimits.NONE : lotLimits;
        place = place == null ? PlaceOfPerformance.nationwide() : place;
    }

    public TenderTerms withLotLimits(LotLimits limits) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause,
                environmentalClause, awardCriteria, deadline, expectedPublication, consortiumPolicy, limits, lots,
                noLotsJustification);
    }

    public TenderTerms withPlace(PlaceOfPerformance newPlace) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, newPlace, cpvCodes, socialClause,
                environmentalClause, awardCriteria, deadline, expectedPublication, consortiumPolicy, lotLimits, lots,
                noLotsJustification);
    }

    public TenderTerms withDeadline(Instant newDeadline) {
        return new TenderTerms(title, description, kind, procedure, estimatedValue, place, cpvCodes, socialClause,
                environmentalClause, awardCriteria, newDeadline, expectedPublication, consortiumPolicy, lotLimits, lots,
                noLotsJustification);
    }

    public boolean hasLots() {
        return !lots.isEmpty();
    }

    /** The notices of the reserved lots, each citing its article. */
    public List<String> reservationNotices() {
        return lots.stream().map(Lot::publicNotice).filter(notice -> notice != null).toList();
    }
}
