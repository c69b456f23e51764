package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.essmarket.tender.compliance.data.ComplianceReferenceData;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.TenderTerms;

/** The shipped catalogue and valid terms to vary, for the rules' tests. */
final class Checks {

    static final ComplianceChecks CHECKS = ComplianceChecks.withAllRules(ComplianceReferenceData.load());
    static final LocalDate IN_FORCE = LocalDate.of(2026, 8, 22);
    static final LocalDate DAY_BEFORE = LocalDate.of(2026, 8, 21);

    private Checks() {
    }

    /** The finding of one rule, if it concerns these terms launched that day. */
    static Optional<Finding> finding(String ruleId, TenderTerms terms, LocalDate launch) {
        return CHECKS.report(terms, launch).findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    /** Lyon's valid tender (services, 250 k€ in three lots, social and environmental clauses). */
    static TenderTerms terms() {
        return Fixtures.valid();
    }

    static TenderTerms withCriteria(TenderTerms t, AwardCriterion... criteria) {
        return new TenderTerms(t.title(), t.description(), t.kind(), t.procedure(), t.estimatedValue(), t.place(),
                t.cpvCodes(), t.socialClause(), t.environmentalClause(), List.of(criteria), t.deadline(),
                t.expectedPublication(), t.consortiumPolicy(), t.lotLimits(), t.lots(), t.noLotsJustification(),
                t.facts());
    }

    static TenderTerms withClauses(TenderTerms t, SocialClause social, String environmental) {
        return new TenderTerms(t.title(), t.description(), t.kind(), t.procedure(), t.estimatedValue(), t.place(),
                t.cpvCodes(), social, environmental, t.awardCriteria(), t.deadline(), t.expectedPublication(),
                t.consortiumPolicy(), t.lotLimits(), t.lots(), t.noLotsJustification(), t.facts());
    }

    static TenderTerms withValue(TenderTerms t, String value, List<String> cpvCodes, List<Lot> lots) {
        return new TenderTerms(t.title(), t.description(), t.kind(), t.procedure(),
                value == null ? null : new BigDecimal(value), t.place(), cpvCodes, t.socialClause(),
                t.environmentalClause(), t.awardCriteria(), t.deadline(), t.expectedPublication(), t.consortiumPolicy(),
                t.lotLimits(), lots, t.noLotsJustification(), t.facts());
    }

    static ProcurementFacts facts() {
        return ProcurementFacts.UNSTATED;
    }
}
