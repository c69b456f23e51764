package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.finding;
import static org.essmarket.tender.compliance.domain.Checks.terms;
import static org.essmarket.tender.compliance.domain.Checks.withValue;

import java.time.LocalDate;
import java.util.List;

import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** I1 — R2122-8, R2131-12, R2131-16: where the notice goes, by value, buyer and launch date. */
class PublicityRuleTest {

    private static TenderTerms services(String value, BuyerType buyer) {
        return withValue(terms(), value, List.of("90910000"), List.of())
                .withFacts(new ProcurementFacts(null, buyer, false, null, null, null, null));
    }

    @ParameterizedTest(name = "{0} € launched {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "59999.99 | 2026-03-31 | Publicité adaptée",
            "60000    | 2026-03-31 | Publicité adaptée",
            "39999.99 | 2026-03-31 | En dessous de 40 000 €",
            "59999.99 | 2026-04-01 | En dessous de 60 000 €",
            "60000    | 2026-04-01 | Publicité adaptée",
            "89999    | 2026-04-01 | Publicité adaptée",
            "90000    | 2026-04-01 | BOAMP ou dans un journal habilité",
            "215999   | 2026-04-01 | BOAMP ou dans un journal habilité",
            "216000   | 2026-04-01 | BOAMP et au Journal officiel de l'Union européenne"})
    void a_local_authority_publishes_by_value(String value, LocalDate launch, String where) {
        Finding i1 = finding("I1", services(value, BuyerType.LOCAL_AUTHORITY), launch).orElseThrow();

        assertThat(i1.verdict()).isEqualTo(Verdict.INFO);
        assertThat(i1.message()).contains(where);
        assertThat(i1.article()).isEqualTo("R2122-8, R2131-12, R2131-16");
    }

    @ParameterizedTest(name = "{0} € → {1}")
    @CsvSource(delimiter = '|', value = {
            "139999 | BOAMP ou dans un journal habilité",
            "140000 | BOAMP et au Journal officiel de l'Union européenne"})
    void central_government_reaches_the_joue_from_140_000(String value, String where) {
        assertThat(finding("I1", services(value, BuyerType.CENTRAL_GOVERNMENT), LocalDate.of(2026, 9, 1))
                .orElseThrow().message()).contains(where);
    }

    @ParameterizedTest(name = "{0} € → {1}")
    @CsvSource(delimiter = '|', value = {
            "150000 | Publicité adaptée librement choisie",
            "216000 | BOAMP et au Journal officiel"})
    void another_public_authority_chooses_its_publicity_below_the_eu_threshold(String value, String where) {
        assertThat(finding("I1", services(value, BuyerType.OTHER_PUBLIC_AUTHORITY), LocalDate.of(2026, 9, 1))
                .orElseThrow().message()).contains(where);
    }

    @ParameterizedTest(name = "{0} € launched {1}")
    @CsvSource({"59999.99, 2026-09-01, false", "60000, 2026-09-01, true", "60000, 2026-03-31, false"})
    void documents_are_free_from_60_000(String value, LocalDate launch, boolean listed) {
        assertThat(finding("I2", services(value, BuyerType.LOCAL_AUTHORITY), launch).isPresent()).isEqualTo(listed);
    }
}
