package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.OpenProcedureTimeLimitRuleTest.SENT;
import static org.essmarket.tender.compliance.domain.OpenProcedureTimeLimitRuleTest.closingAfter;

import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T2 — R2143-1, R2151-1: an adapted procedure gives a sufficient time; under 20 days warns, never refuses. */
class AdaptedProcedureTimeLimitRuleTest {

    private static TenderTerms adapted(int days) {
        TenderTerms t = closingAfter(days, null, null);
        return new TenderTerms(t.title(), t.description(), t.kind(), Procedure.MAPA, t.estimatedValue(), t.place(),
                t.cpvCodes(), t.socialClause(), t.environmentalClause(), t.awardCriteria(), t.deadline(),
                t.expectedPublication(), t.consortiumPolicy(), t.lotLimits(), t.lots(), t.noLotsJustification(),
                t.facts());
    }

    @ParameterizedTest(name = "{0} days → {1}")
    @CsvSource({"19, WARNING", "20, COMPLIANT", "29, COMPLIANT"})
    void twenty_days_are_sufficient(int days, Verdict expected) {
        Finding t2 = finding("T2", adapted(days), SENT).orElseThrow();

        assertThat(t2.verdict()).isEqualTo(expected);
        assertThat(t2.article()).isEqualTo("R2143-1, R2151-1");
    }

    @Test
    void the_open_procedure_minimum_does_not_apply_to_an_adapted_one() {
        assertThat(finding("T1", adapted(19), SENT)).isEmpty();
        assertThat(finding("T2", closingAfter(19, null, null), SENT)).isEmpty();
    }
}
