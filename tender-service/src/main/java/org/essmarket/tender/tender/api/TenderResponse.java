package org.essmarket.tender.tender.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.ConsortiumPolicy;
import org.essmarket.tender.tender.domain.ExplainedWarning;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.LotLimits;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderKind;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * A tender as the API shows it; money in EUR; each reserved lot carries its legal notice. {@code facts}
 * are what the buyer stated for the legal checks; {@code nature} the one they use (stated, or from the CPV code);
 * {@code complianceWarnings} the warnings it was last submitted despite, with the buyer's reasons, for
 * its buyer body and facilitators only (the validation queue reads them).
 */
public record TenderResponse(String id, String buyerSiret, TenderStatus status, String statusReason, String title,
        String description, TenderKind kind, Procedure procedure, BigDecimal estimatedValue, String currency,
        PlaceOfPerformance place, List<String> cpvCodes, SocialClause socialClause, String environmentalClause,
        List<AwardCriterion> awardCriteria, Instant deadline, LocalDate expectedPublication,
        ConsortiumPolicy consortiumPolicy, LotLimits lotLimits, List<LotResponse> lots, String noLotsJustification,
        ProcurementFacts facts, Nature nature, Instant createdAt, Instant publishedAt, Instant submittedAt,
        List<ExplainedWarning> complianceWarnings, Long version) {

    public record LotResponse(int number, String title, String cpv, BigDecimal estimatedValue, String currency,
            Reservation reservation, String reservationArticle, String reservationNotice) {

        static LotResponse of(Lot lot) {
            return new LotResponse(lot.number(), lot.title(), lot.cpv(), lot.estimatedValue(),
                    lot.estimatedValue() == null ? null : "EUR", lot.reservation(), lot.reservation().article(),
                    lot.publicNotice());
        }
    }

    /**
     * @param withCompliance whether the caller reads the compliance warnings the tender was submitted
     *        despite, with the buyer's reasons (its buyer body and facilitators)
     */
    static TenderResponse of(Tender tender, boolean withCompliance) {
        TenderTerms t = tender.terms();
        return new TenderResponse(tender.id(), tender.buyerSiret(), tender.status(), tender.statusReason(), t.title(),
                t.description(), t.kind(), t.procedure(), t.estimatedValue(), t.estimatedValue() == null ? null : "EUR",
                t.place(), t.cpvCodes(), t.socialClause(), t.environmentalClause(), t.awardCriteria(), t.deadline(),
                t.expectedPublication(), t.consortiumPolicy(), t.lotLimits(),
                t.lots().stream().map(LotResponse::of).toList(), t.noLotsJustification(), t.facts(), t.nature(),
                tender.createdAt(),
                tender.publishedAt(), tender.submittedAt(), withCompliance ? tender.explainedWarnings() : null,
                tender.version());
    }
}
