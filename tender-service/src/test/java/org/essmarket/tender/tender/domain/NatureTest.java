package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NatureTest {

    @ParameterizedTest
    @CsvSource({"45233140, WORKS", "44000000, SUPPLIES", "03000000, SUPPLIES", "48000000, SUPPLIES",
            "50000000, SERVICES", "90910000, SERVICES"})
    void the_cpv_division_says_the_nature(String cpv, Nature expected) {
        assertThat(Nature.ofCpv(cpv)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"90910000, , SERVICES", "90910000, SUPPLIES, SUPPLIES"})
    void a_nature_given_wins_over_the_cpv_code(String cpv, Nature given, Nature expected) {
        TenderTerms terms = Fixtures.valid().withFacts(new ProcurementFacts(given, null, false, null, null, null, null));
        TenderTerms withCpv = new TenderTerms(terms.title(), null, terms.kind(), terms.procedure(), null, null,
                java.util.List.of(cpv), null, null, null, null, null, null, null, terms.lots(), null, terms.facts());
        assertThat(withCpv.nature()).isEqualTo(expected);
    }
}
