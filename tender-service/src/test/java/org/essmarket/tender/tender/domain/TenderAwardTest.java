package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TenderAwardTest {

    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(30));
    private static final Instant AFTER_DEADLINE = DEADLINE.plusSeconds(1);

    private static Tender published() {
        return Tender.restore("t1", "21690123100011", "acheteur", NOW, 3L, Fixtures.valid(), TenderStatus.PUBLISHED,
                null, NOW, List.of());
    }

    @Test
    void refuses_to_award_before_the_deadline_while_bids_are_sealed() {
        assertThatThrownBy(() -> published().awardLot(1, "b1", "s1", BigDecimal.TEN, NOW))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("sealed")
                .satisfies(e -> assertThat(((TenderRuleViolation) e).status()).isEqualTo(TenderStatus.PUBLISHED));
    }

    @Test
    void awarding_after_the_deadline_closes_the_tender_and_awarding_every_lot_makes_it_awarded() {
        Tender tender = published();
        tender.awardLot(1, "b1", "s1", new BigDecimal("100000"), AFTER_DEADLINE);
        assertThat(tender.status()).isEqualTo(TenderStatus.CLOSED);
        tender.awardLot(2, "b2", "s2", new BigDecimal("70000"), AFTER_DEADLINE);
        tender.awardLot(3, "b3", "s3", new BigDecimal("40000"), AFTER_DEADLINE);
        assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
        assertThat(tender.awards()).extracting(LotAward::bidId).containsExactly("b1", "b2", "b3");
        assertThat(tender.awards()).noneMatch(LotAward::outcomeNotified);
    }

    @Test
    void a_bidder_wins_no_more_lots_than_the_tender_allows() {
        Tender tender = published(); // max 1 lot awarded per bidder
        tender.awardLot(1, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE);
        assertThatThrownBy(() -> tender.awardLot(3, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("at most 1");
    }

    @Test
    void a_lot_is_awarded_once_and_must_exist() {
        Tender tender = published();
        tender.awardLot(1, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE);
        assertThatThrownBy(() -> tender.awardLot(1, "b2", "s2", BigDecimal.TEN, AFTER_DEADLINE))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("already awarded");
        assertThatThrownBy(() -> tender.awardLot(9, "b2", "s2", BigDecimal.TEN, AFTER_DEADLINE))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("no lot 9");
    }

    @Test
    void the_outcome_of_a_lot_is_marked_told_once_its_bidders_are_notified() {
        Tender tender = published();
        tender.awardLot(1, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE);
        tender.awardLot(2, "b2", "s2", BigDecimal.TEN, AFTER_DEADLINE);
        tender.markOutcomeNotified(1);
        assertThat(tender.awardOf(1)).get().extracting(LotAward::outcomeNotified).isEqualTo(true);
        assertThat(tender.awardOf(2)).get().extracting(LotAward::outcomeNotified).isEqualTo(false);
    }

    @Test
    void cancelling_a_partly_awarded_tender_makes_its_awards_news_to_tell_again() {
        Tender tender = published();
        tender.awardLot(1, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE);
        tender.markOutcomeNotified(1);
        tender.awardLot(2, "b2", "s2", BigDecimal.TEN, AFTER_DEADLINE);
        tender.cancel("Besoin disparu");
        assertThat(tender.status()).isEqualTo(TenderStatus.CANCELLED);
        assertThat(tender.awards()).as("the bidders told they won or lost are told of the cancellation too")
                .allMatch(LotAward::outcomeToTell);
    }

    @Test
    void a_tender_without_lots_is_bid_on_and_awarded_as_a_single_lot() {
        TenderTerms whole = Fixtures.terms(List.of(), "Prestation indivisible", Fixtures.criteria(), DEADLINE);
        Tender tender = Tender.restore("t2", "21690123100011", "acheteur", NOW, 1L, whole, TenderStatus.PUBLISHED, null,
                NOW, List.of());
        assertThat(tender.lotsForBidding()).singleElement().satisfies(lot -> assertThat(lot.number()).isEqualTo(1));
        tender.awardLot(1, "b1", "s1", BigDecimal.TEN, AFTER_DEADLINE);
        assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
    }

    @Test
    void reservations_admit_only_the_kinds_the_law_names() {
        assertThat(Reservation.INSERTION.admits(java.util.Set.of("EI"))).isTrue();
        assertThat(Reservation.INSERTION.admits(java.util.Set.of("EA"))).isFalse();
        assertThat(Reservation.DISABILITY.admits(java.util.Set.of("ESAT", "SCOP"))).isTrue();
        assertThat(Reservation.BOTH.admits(java.util.Set.of("ACI"))).isTrue();
        assertThat(Reservation.BOTH.admits(java.util.Set.of("SCOP"))).isFalse();
        assertThat(Reservation.ESS.admits(java.util.Set.of("SCIC"))).isTrue();
        assertThat(Reservation.NONE.admits(java.util.Set.of())).isTrue();
    }
}
