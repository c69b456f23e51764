package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.DAY_BEFORE;
import static org.essmarket.tender.compliance.domain.Checks.IN_FORCE;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.Checks.terms;
import static org.essmarket.tender.compliance.domain.Checks.withClauses;
import static org.essmarket.tender.compliance.domain.Checks.withValue;

import java.util.List;

import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** C3 — L2112-2-1, at or above the EU threshold of the tender's kind (2026-27), from 2026-08-22. */
class SocialConditionRuleTest {

    /** Services (cleaning) without lots or social clause, of this value, for this buyer. */
    private static TenderTerms withoutSocialClause(String value, BuyerType buyer, boolean defence, String cpv) {
        return withClauses(withValue(terms(), value, List.of(cpv), List.of()), null, "Produits écolabellisés")
                .withFacts(new ProcurementFacts(null, buyer, defence, null, null, null, null));
    }

    @ParameterizedTest(name = "{1} {3}: {0} € → {4}")
    @CsvSource({
            "216000.00, LOCAL_AUTHORITY, false, 90910000, WARNING",
            "215999.99, LOCAL_AUTHORITY, false, 90910000, ",
            "216000, OTHER_PUBLIC_AUTHORITY, false, 90910000, WARNING",
            "216000, , false, 90910000, WARNING",
            "140000, CENTRAL_GOVERNMENT, false, 90910000, WARNING",
            "139999, CENTRAL_GOVERNMENT, false, 90910000, ",
            "432000, UTILITY, false, 90910000, WARNING",
            "431999, UTILITY, false, 90910000, ",
            "432000, CENTRAL_GOVERNMENT, true, 90910000, WARNING",
            "431999, CENTRAL_GOVERNMENT, true, 90910000, ",
            "5404000, CENTRAL_GOVERNMENT, false, 45233140, WARNING",
            "5403999, LOCAL_AUTHORITY, false, 45233140, "})
    void applies_from_the_eu_threshold_of_its_kind_not_one_euro_under(String value, BuyerType buyer, boolean defence,
            String cpv, Verdict expected) {
        assertThat(finding("C3", withoutSocialClause(value, buyer, defence, cpv), IN_FORCE).map(Finding::verdict))
                .as("none below the threshold").isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void a_consultation_launched_the_day_before_2026_08_22_is_not_concerned() {
        assertThat(finding("C3", withoutSocialClause("500000", BuyerType.LOCAL_AUTHORITY, false, "90910000"),
                DAY_BEFORE)).isEmpty();
    }

    @Test
    void the_warning_names_the_article_the_value_and_the_threshold() {
        Finding c3 = finding("C3", withoutSocialClause("216000", BuyerType.LOCAL_AUTHORITY, false, "90910000"),
                IN_FORCE).orElseThrow();

        assertThat(c3.article()).isEqualTo("L2112-2-1");
        assertThat(c3.tenderSays()).contains("216 000 €", "services des autres pouvoirs adjudicateurs",
                "aucune clause sociale");
    }

    @Test
    void a_social_clause_or_a_recorded_exception_complies() {
        TenderTerms bare = withoutSocialClause("300000", BuyerType.LOCAL_AUTHORITY, false, "90910000");
        TenderTerms clause = withClauses(bare, terms().socialClause(), bare.environmentalClause());
        TenderTerms exception = bare.withFacts(new ProcurementFacts(Nature.SERVICES, BuyerType.LOCAL_AUTHORITY, false,
                null, null, null, "Prestation intellectuelle de deux jours sans recrutement possible"));

        assertThat(finding("C3", clause, IN_FORCE).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
        Finding excepted = finding("C3", exception, IN_FORCE).orElseThrow();
        assertThat(excepted.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(excepted.tenderSays()).contains("exception motivée", "sans recrutement possible");
    }

    @Test
    void the_lots_values_add_up_when_the_tender_gives_none() {
        TenderTerms lots = withClauses(withValue(terms(), null, terms().cpvCodes(), terms().lots()), null, "Clause")
                .withFacts(new ProcurementFacts(null, BuyerType.LOCAL_AUTHORITY, false, null, null, null, null));

        assertThat(finding("C3", lots, IN_FORCE).orElseThrow().tenderSays()).startsWith("Valeur estimée 250 000 €");
    }

    @Test
    void an_unknown_value_is_a_warning_asking_for_it() {
        TenderTerms unknown = withoutSocialClause(null, BuyerType.LOCAL_AUTHORITY, false, "90910000");

        Finding c3 = finding("C3", unknown, IN_FORCE).orElseThrow();
        assertThat(c3.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(c3.message()).startsWith("Renseignez la valeur estimée");
    }
}
