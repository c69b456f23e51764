package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.DAY_BEFORE;
import static org.essmarket.tender.compliance.domain.Checks.IN_FORCE;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.Checks.terms;
import static org.essmarket.tender.compliance.domain.Checks.withCriteria;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.AwardCriterion.Category;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;

/** C1 — L2152-7 / R2152-7, for consultations launched from 2026-08-22. */
class EnvironmentalCriterionRuleTest {

    private static final TenderTerms NO_ENVIRONMENTAL_CRITERION = withCriteria(terms(), new AwardCriterion("Prix", 40),
            new AwardCriterion("Valeur technique", 40), new AwardCriterion("Performance sociale", 20));

    @Test
    void a_consultation_launched_the_day_before_2026_08_22_is_not_concerned() {
        assertThat(finding("C1", NO_ENVIRONMENTAL_CRITERION, DAY_BEFORE)).isEmpty();
    }

    @Test
    void from_2026_08_22_no_environmental_criterion_is_a_warning_naming_the_articles() {
        Finding c1 = finding("C1", NO_ENVIRONMENTAL_CRITERION, IN_FORCE).orElseThrow();

        assertThat(c1.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(c1.article()).isEqualTo("L2152-7, R2152-7");
        assertThat(c1.tenderSays()).contains("Prix (40 %, prix ou coût)", "Performance sociale (20 %, social)");
        assertThat(c1.message()).contains("caractéristiques environnementales");
    }

    @Test
    void price_as_the_only_criterion_is_a_warning_saying_so() {
        Finding c1 = finding("C1", withCriteria(terms(), new AwardCriterion("Prix", 100)), IN_FORCE).orElseThrow();

        assertThat(c1.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(c1.message()).startsWith("Le prix est le seul critère");
    }

    @Test
    void an_environmental_criterion_complies() {
        TenderTerms terms = withCriteria(terms(), new AwardCriterion("Prix", 60),
                new AwardCriterion("Véhicules", 40, Category.ENVIRONMENTAL));

        assertThat(finding("C1", terms, IN_FORCE).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(finding("C1", terms(), IN_FORCE).orElseThrow().verdict()).as("Performance environnementale")
                .isEqualTo(Verdict.COMPLIANT);
    }
}
