package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.DAY_BEFORE;
import static org.essmarket.tender.compliance.domain.Checks.IN_FORCE;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.Checks.terms;
import static org.essmarket.tender.compliance.domain.Checks.withClauses;

import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;

/** C2 — L2112-2, for consultations launched from 2026-08-22, defence and security excepted. */
class EnvironmentalConditionRuleTest {

    private static final TenderTerms NO_CLAUSE = withClauses(terms(), terms().socialClause(), null);

    @Test
    void a_consultation_launched_the_day_before_2026_08_22_is_not_concerned() {
        assertThat(finding("C2", NO_CLAUSE, DAY_BEFORE)).isEmpty();
    }

    @Test
    void from_2026_08_22_no_environmental_clause_is_a_warning_naming_l2112_2() {
        Finding c2 = finding("C2", NO_CLAUSE, IN_FORCE).orElseThrow();

        assertThat(c2.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(c2.article()).isEqualTo("L2112-2");
        assertThat(c2.tenderSays()).isEqualTo("Aucune clause environnementale");
    }

    @Test
    void an_environmental_clause_complies() {
        Finding c2 = finding("C2", terms(), IN_FORCE).orElseThrow();

        assertThat(c2.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(c2.tenderSays()).contains("Zéro phyto");
    }

    @Test
    void a_defence_or_security_contract_is_excepted() {
        TenderTerms defence = NO_CLAUSE.withFacts(new ProcurementFacts(null, null, true, null, null, null, null));

        assertThat(finding("C2", defence, IN_FORCE)).isEmpty();
    }
}
