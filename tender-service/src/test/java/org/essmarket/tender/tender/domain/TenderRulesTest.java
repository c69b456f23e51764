package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;
import static org.essmarket.tender.tender.domain.Fixtures.criteria;
import static org.essmarket.tender.tender.domain.Fixtures.terms;
import static org.essmarket.tender.tender.domain.Fixtures.threeLots;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TenderRulesTest {

    private final TenderRules rules = new TenderRules(Fixtures.CODES);

    private void assertRefused(TenderTerms terms, String field) {
        assertThatThrownBy(() -> rules.check(terms, NOW))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field));
    }

    @Test
    void valid_terms_are_normalised_cpv_codes_as_eight_digits() {
        TenderTerms checked = rules.check(Fixtures.valid(), NOW);

        assertThat(checked.lots()).extracting(Lot::cpv).containsExactly("77310000", "90910000", "55300000");
        assertThat(checked.cpvCodes()).containsExactly("77310000");
        assertThat(checked.noLotsJustification()).isNull();
    }

    @Test
    void unknown_or_malformed_cpv_codes_are_refused_naming_the_field() {
        List<Lot> lots = new ArrayList<>(threeLots());
        lots.set(1, new Lot(2, "Nettoyage", "99999999", null, Reservation.NONE));
        assertRefused(terms(lots, null, criteria(), NOW.plusSeconds(3600)), "lots[1].cpv");
        lots.set(1, new Lot(2, "Nettoyage", "90910000-5", null, Reservation.NONE));
        assertRefused(terms(lots, null, criteria(), NOW.plusSeconds(3600)), "lots[1].cpv");
        TenderTerms badTenderCpv = new TenderTerms("t", null, TenderKind.QUOTE, Procedure.MAPA, null, null,
                List.of("77310000", "abc"), null, null, List.of(), null, null, null, null, threeLots(), null);
        assertRefused(badTenderCpv, "cpvCodes[1]");
    }

    @Test
    void lot_numbers_are_unique_and_positive() {
        List<Lot> lots = new ArrayList<>(threeLots());
        lots.set(2, new Lot(1, "Restauration", "55300000", null, null));
        assertRefused(terms(lots, null, criteria(), null), "lots[2].number");
        lots.set(2, new Lot(0, "Restauration", "55300000", null, null));
        assertRefused(terms(lots, null, criteria(), null), "lots[2].number");
    }

    @Test
    void a_lot_without_reservation_is_not_reserved() {
        Lot lot = rules.check(terms(List.of(new Lot(1, "Lot", "55300000", null, null)), null, List.of(), null)
                .withLotLimits(LotLimits.NONE), NOW)
                .lots().get(0);
        assertThat(lot.reservation()).isEqualTo(Reservation.NONE);
        assertThat(lot.publicNotice()).isNull();
    }

    @Test
    void award_criteria_weights_sum_to_100() {
        assertRefused(terms(threeLots(), null, List.of(new AwardCriterion("Prix", 60), new AwardCriterion("Technique", 30)),
                null), "awardCriteria");
        assertRefused(terms(threeLots(), null, List.of(new AwardCriterion("Prix", 0), new AwardCriterion("Technique", 100)),
                null), "awardCriteria[0].weight");
        assertRefused(terms(threeLots(), null, List.of(new AwardCriterion("Prix", 50), new AwardCriterion("prix", 50)),
                null), "awardCriteria[1].name");
        assertThat(rules.check(terms(threeLots(), null, List.of(), null), NOW).awardCriteria())
                .as("criteria may come later in a draft").isEmpty();
    }

    @Test
    void a_tender_without_lots_needs_a_written_justification_L2113_11() {
        assertRefused(terms(List.of(), null, criteria(), null).withLotLimits(LotLimits.NONE), "noLotsJustification");
        assertRefused(terms(List.of(), "  ", criteria(), null).withLotLimits(LotLimits.NONE), "noLotsJustification");
        TenderTerms single = rules.check(
                terms(List.of(), "Prestation indissociable (un seul site)", criteria(), null).withLotLimits(LotLimits.NONE), NOW);
        assertThat(single.noLotsJustification()).isEqualTo("Prestation indissociable (un seul site)");
    }

    @Test
    void a_deadline_in_the_past_is_refused() {
        assertRefused(terms(threeLots(), null, criteria(), NOW.minus(Duration.ofMinutes(1))), "deadline");
        assertRefused(terms(threeLots(), null, criteria(), NOW), "deadline");
    }

    @Test
    void lot_limits_are_between_one_and_the_number_of_lots() {
        assertRefused(terms(threeLots(), null, criteria(), null).withLotLimits(new LotLimits(4, null)),
                "lotLimits.maxLotsPerBidder");
        assertRefused(terms(threeLots(), null, criteria(), null).withLotLimits(new LotLimits(null, 0)),
                "lotLimits.maxLotsAwardedPerBidder");
        assertRefused(terms(threeLots(), null, criteria(), null).withLotLimits(new LotLimits(1, 2)),
                "lotLimits.maxLotsAwardedPerBidder");
        assertRefused(terms(List.of(), "Un seul lot", criteria(), null).withLotLimits(new LotLimits(1, null)),
                "lotLimits.maxLotsPerBidder");
    }

    @Test
    void place_of_performance_uses_insee_codes() {
        TenderTerms base = Fixtures.valid();
        assertRefused(base.withPlace(new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of("99"), null)),
                "place.departmentCodes[0]");
        assertRefused(base.withPlace(new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of(), null)),
                "place.departmentCodes");
        assertRefused(base.withPlace(new PlaceOfPerformance(PlaceOfPerformance.Scope.REGION, null, "00")),
                "place.regionCode");
        assertThat(rules.check(base.withPlace(new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS,
                List.of("2a", "69", "69"), null)), NOW).place().departmentCodes()).containsExactly("2A", "69");
        assertThat(rules.check(base.withPlace(new PlaceOfPerformance(PlaceOfPerformance.Scope.REGION, null, "84")), NOW)
                .place().regionCode()).isEqualTo("84");
    }

    @Test
    void required_fields_and_amounts() {
        TenderTerms base = Fixtures.valid();
        assertRefused(new TenderTerms(" ", null, TenderKind.TENDER, Procedure.OPEN, null, null, null, null, null, null,
                null, null, null, null, threeLots(), null), "title");
        assertRefused(new TenderTerms("t", null, null, Procedure.OPEN, null, null, null, null, null, null,
                null, null, null, null, threeLots(), null), "kind");
        assertRefused(new TenderTerms("t", null, TenderKind.TENDER, null, null, null, null, null, null, null,
                null, null, null, null, threeLots(), null), "procedure");
        assertRefused(new TenderTerms("t", null, TenderKind.TENDER, Procedure.OPEN, new BigDecimal("-1"), null, null,
                null, null, null, null, null, null, null, threeLots(), null), "estimatedValue");
        assertRefused(new TenderTerms("t", null, TenderKind.TENDER, Procedure.OPEN, null, null, null,
                new SocialClause(-5, null), null, null, null, null, null, null, threeLots(), null),
                "socialClause.insertionHours");
        assertThat(base.consortiumPolicy().forbidAloneAndInGroupement()).isTrue();
    }
}
