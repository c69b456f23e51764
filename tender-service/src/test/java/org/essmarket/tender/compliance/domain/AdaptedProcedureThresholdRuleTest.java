package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.IN_FORCE;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.Checks.terms;
import static org.essmarket.tender.compliance.domain.Checks.withValue;

import java.util.List;

import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P1 — R2123-1, R2124-1: an adapted procedure stays under the EU threshold of its kind. */
class AdaptedProcedureThresholdRuleTest {

    private static TenderTerms adapted(String value, BuyerType buyer, boolean socialServices) {
        TenderTerms t = withValue(terms(), value, List.of("90910000"), List.of());
        return new TenderTerms(t.title(), t.description(), t.kind(), Procedure.MAPA, t.estimatedValue(), t.place(),
                t.cpvCodes(), t.socialClause(), t.environmentalClause(), t.awardCriteria(), t.deadline(),
                t.expectedPublication(), t.consortiumPolicy(), t.lotLimits(), t.lots(), t.noLotsJustification(),
                new ProcurementFacts(null, buyer, false, null, null, null, null, socialServices));
    }

    @ParameterizedTest(name = "{1}: {0} € → {2}")
    @CsvSource({"215999, LOCAL_AUTHORITY, ", "216000, LOCAL_AUTHORITY, BLOCKING", "300000, LOCAL_AUTHORITY, BLOCKING",
            "139999, CENTRAL_GOVERNMENT, ", "140000, CENTRAL_GOVERNMENT, BLOCKING"})
    void an_adapted_procedure_at_or_above_the_eu_threshold_is_refused(String value, BuyerType buyer, Verdict expected) {
        assertThat(finding("P1", adapted(value, buyer, false), IN_FORCE).map(Finding::verdict))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void the_refusal_names_the_articles_and_the_threshold() {
        Finding p1 = finding("P1", adapted("300000", BuyerType.LOCAL_AUTHORITY, false), IN_FORCE).orElseThrow();

        assertThat(p1.article()).isEqualTo("R2123-1, R2124-1");
        assertThat(p1.tenderSays()).contains("300 000 €", "216 000 €");
        assertThat(p1.message()).contains("procédure formalisée");
    }

    @Test
    void social_and_other_specific_services_may_use_it_whatever_their_value() {
        assertThat(finding("P1", adapted("300000", BuyerType.LOCAL_AUTHORITY, true), IN_FORCE).orElseThrow().verdict())
                .isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void a_formal_procedure_is_not_concerned() {
        assertThat(finding("P1", withValue(terms(), "300000", List.of("90910000"), List.of()), IN_FORCE)).isEmpty();
    }
}
