package org.essmarket.tender.seed.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.essmarket.tender.compliance.data.ComplianceReferenceData;
import org.essmarket.tender.compliance.domain.ComplianceChecks;
import org.essmarket.tender.compliance.domain.Finding;
import org.essmarket.tender.seed.domain.DemoCuration;
import org.essmarket.tender.seed.domain.DemoTender;
import org.essmarket.tender.seed.domain.SourceContract;
import org.essmarket.tender.seed.domain.SourceNotice;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.TenderRules;
import org.junit.jupiter.api.Test;

/** The open data shipped in seed/, parsed and curated as the import does. */
class SeedSourcesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T14:20:00Z");
    private static final String CCAS_TOULON = "26830066200015";

    @Test
    void parses_the_decp_contracts_as_published() {
        List<SourceContract> contracts = SeedSources.decpContracts(SeedSources.resource(SeedSources.DECP));

        assertThat(contracts).hasSize(69);
        SourceContract envelopes = contracts.stream().filter(c -> c.id().equals("201900400")).findFirst().orElseThrow();
        assertThat(envelopes.buyerSiret()).isEqualTo(CCAS_TOULON);
        assertThat(envelopes.buyerName()).isEqualTo("CCAS de Toulon");
        assertThat(envelopes.cpv()).isEqualTo("30199230");
        assertThat(envelopes.placeType()).isEqualTo("Code postal");
        assertThat(envelopes.placeCode()).isEqualTo("83000");
        assertThat(envelopes.amount()).isEqualByComparingTo("10000");
        assertThat(envelopes.durationMonths()).isEqualTo(48);
    }

    @Test
    void parses_the_boamp_notice_with_its_lots_and_weighted_criteria() {
        SourceNotice notice = SeedSources.boampNotice(SeedSources.resource(SeedSources.BOAMP.getFirst()));

        assertThat(notice.idweb()).isEqualTo("17-2599");
        assertThat(notice.buyerName()).isEqualTo("C.C.A.S. de Toulon");
        assertThat(notice.procedure()).isEqualTo("OUVERT");
        assertThat(notice.department()).isEqualTo("83");
        assertThat(notice.lots()).hasSize(21);
        assertThat(notice.lots().getFirst()).isEqualTo(new SourceNotice.SourceLot(1, "surgelés viande poisson légumes",
                "15896000"));
        assertThat(notice.criteria()).extracting(AwardCriterion::weight).containsExactly(30, 20, 10, 40);
        assertThat(notice.criteria().getLast().name()).isEqualTo("Prix");
    }

    private static final ComplianceChecks COMPLIANCE = ComplianceChecks.withAllRules(ComplianceReferenceData.load());
    private static final LocalDate LAUNCH = LocalDate.of(2026, 12, 8);

    @Test
    void the_shipped_data_curates_into_a_few_dozen_live_tenders_that_all_pass_the_rules() {
        DemoCuration.Curation curated = new DemoCuration(new TenderRules(Fixtures.CODES)).curate(
                SeedSources.decpContracts(SeedSources.resource(SeedSources.DECP)),
                List.of(SeedSources.boampNotice(SeedSources.resource(SeedSources.BOAMP.getFirst()))),
                SeedSources.demoChoices(SeedSources.resource(SeedSources.CHOICES)), NOW);

        assertThat(curated.rejected()).isEmpty();
        List<DemoTender> tenders = curated.tenders();
        assertThat(tenders).hasSizeBetween(30, 50);
        Set<String> ids = new HashSet<>();
        TenderRules rules = new TenderRules(Fixtures.CODES);
        for (DemoTender tender : tenders) {
            assertThat(ids.add(tender.id())).as("unique id for " + tender.sourceKey()).isTrue();
            assertThat(rules.check(tender.terms(), NOW)).as("passes the rules as it is").isEqualTo(tender.terms());
            assertThat(tender.buyerSiret()).matches("\\d{14}");
            assertThat(COMPLIANCE.report(tender.terms(), LAUNCH).findings()).as("its compliance report")
                    .extracting(Finding::ruleId).contains("C1", "C2");
            if (tender.planned()) {
                assertThat(tender.terms().expectedPublication()).isNotNull();
            } else {
                assertThat(tender.terms().deadline()).isBetween(NOW.plus(Duration.ofDays(9)), NOW.plus(Duration.ofDays(45)));
            }
        }
        assertThat(tenders.stream().filter(DemoTender::planned)).hasSize(3);
        assertThat(tenders.stream().filter(t -> t.terms().lots().size() > 1)).hasSizeGreaterThanOrEqualTo(10);

        DemoTender food = tenders.stream().filter(t -> t.sourceKey().equals("boamp:17-2599")).findFirst().orElseThrow();
        assertThat(food.buyerSiret()).isEqualTo(CCAS_TOULON);
        assertThat(food.buyerName()).isEqualTo("CCAS de Toulon");
        assertThat(food.terms().lots()).hasSize(21);
        assertThat(food.terms().lots().get(19)).extracting(Lot::title, Lot::reservation)
                .containsExactly("pains et viennoiseries", Reservation.INSERTION);
        assertThat(tenders).filteredOn(t -> t.sourceKey().equals("decp:" + CCAS_TOULON + ":201900400")).singleElement()
                .satisfies(t -> assertThat(t.terms().lots().getFirst().reservation()).isEqualTo(Reservation.DISABILITY));
    }
}
