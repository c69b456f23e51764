package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.compliance.domain.Checks.finding;

import java.time.LocalDate;
import java.time.LocalTime;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T1 — R2161-2 and R2161-3: offers in an open procedure, in calendar days from the notice's sending. */
class OpenProcedureTimeLimitRuleTest {

    static final LocalDate SENT = LocalDate.of(2026, 9, 1);

    /** Lyon's open procedure, its notice sent on {@link #SENT}, offers until noon (Paris) that many days later. */
    static TenderTerms closingAfter(int days, LocalDate priorNotice, String urgency) {
        TenderTerms terms = Fixtures.valid();
        return terms.withDeadline(SENT.plusDays(days).atTime(LocalTime.NOON).atZone(ComplianceChecks.FRANCE).toInstant())
                .withFacts(new ProcurementFacts(null, null, false, SENT, priorNotice, urgency, null));
    }

    @ParameterizedTest(name = "{0} days → {1}")
    @CsvSource({"29, WARNING", "30, COMPLIANT", "35, COMPLIANT"})
    void thirty_days_with_electronic_offers(int days, Verdict expected) {
        Finding t1 = finding("T1", closingAfter(days, null, null), SENT).orElseThrow();

        assertThat(t1.verdict()).isEqualTo(expected);
        assertThat(t1.article()).isEqualTo("R2161-2, R2161-3");
        assertThat(t1.tenderSays()).isEqualTo("Avis envoyé le 2026-09-01, réception des offres jusqu'au "
                + SENT.plusDays(days) + " : " + days + " jours");
    }

    @Test
    void the_warning_names_the_minimum() {
        assertThat(finding("T1", closingAfter(20, null, null), SENT).orElseThrow().message())
                .contains("au moins 30 jours", "35 jours");
    }

    @ParameterizedTest(name = "prior notice {0} days before, {1} days → {2}")
    @CsvSource({"35, 15, COMPLIANT", "35, 14, WARNING", "34, 15, WARNING", "365, 15, COMPLIANT"})
    void fifteen_days_after_a_prior_information_notice_sent_35_days_to_12_months_before(int before, int days,
            Verdict expected) {
        assertThat(finding("T1", closingAfter(days, SENT.minusDays(before), null), SENT).orElseThrow().verdict())
                .isEqualTo(expected);
    }

    @Test
    void a_prior_notice_older_than_12_months_does_not_shorten() {
        LocalDate older = SENT.minusMonths(12).minusDays(1);

        assertThat(finding("T1", closingAfter(15, older, null), SENT).orElseThrow().verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void fifteen_days_for_a_stated_urgency() {
        Finding urgent = finding("T1", closingAfter(15, null, "Rupture de contrat du titulaire"), SENT).orElseThrow();

        assertThat(urgent.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(urgent.tenderSays()).endsWith("urgence : Rupture de contrat du titulaire");
        assertThat(finding("T1", closingAfter(14, null, "Rupture"), SENT).orElseThrow().verdict())
                .isEqualTo(Verdict.WARNING);
    }
}
