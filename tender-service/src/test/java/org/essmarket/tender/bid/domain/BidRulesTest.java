package org.essmarket.tender.bid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.essmarket.tender.tender.domain.ConsortiumPolicy;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;

/** Lot 1 is reserved INSERTION (L2113-13), lot 2 DISABILITY (L2113-12), lot 3 open; max 2 lots per bidder. */
class BidRulesTest {

    private final BidRules rules = new BidRules();

    private static Tender tender(TenderStatus status, ConsortiumPolicy policy) {
        TenderTerms terms = Fixtures.valid();
        terms = new TenderTerms(terms.title(), terms.description(), terms.kind(), terms.procedure(),
                terms.estimatedValue(), terms.place(), terms.cpvCodes(), terms.socialClause(),
                terms.environmentalClause(), terms.awardCriteria(), terms.deadline(), null, policy, terms.lotLimits(),
                terms.lots(), null);
        return Tender.restore("t1", "21690123100011", "acheteur", NOW, 1L, terms, status, null, NOW, List.of());
    }

    private static Tender published() {
        return tender(TenderStatus.PUBLISHED, new ConsortiumPolicy(true, true));
    }

    private static Tenderer sole(String id, Set<Integer> lots, String... kinds) {
        return new Tenderer(id, "siret-" + id, "Structure " + id, TendererRole.SOLE, lots, Set.of(kinds), "69");
    }

    private static Tenderer member(String id, TendererRole role, Set<Integer> lots, String... kinds) {
        return new Tenderer(id, "siret-" + id, "Structure " + id, role, lots, Set.of(kinds), "69");
    }

    private static List<LotOffer> offers(int... lots) {
        return java.util.Arrays.stream(lots).mapToObj(lot -> new LotOffer(lot, new BigDecimal("1000"))).toList();
    }

    private static Bid existing(String id, String consortiumId, Tenderer... tenderers) {
        List<LotOffer> offered = java.util.Arrays.stream(tenderers).flatMap(t -> t.lots().stream()).distinct()
                .map(lot -> new LotOffer(lot, BigDecimal.ONE)).toList();
        return Bid.submit(id, "t1", consortiumId, List.of(tenderers), offered, "u", "f", NOW);
    }

    @Test
    void an_insertion_company_bids_alone_on_its_reserved_lot_and_an_open_lot() {
        assertThatCode(() -> rules.check(published(), false, List.of(sole("s1", Set.of(1, 3), "EI")), offers(1, 3),
                List.of(), NOW)).doesNotThrowAnyException();
    }

    @Test
    void rejects_bid_after_deadline() {
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(3), "EI")), offers(3),
                List.of(), Fixtures.valid().deadline().plus(Duration.ofMinutes(1))))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("deadline")
                .hasMessageContaining("has passed");
    }

    @Test
    void rejects_bid_on_a_tender_not_published() {
        assertThatThrownBy(() -> rules.check(tender(TenderStatus.DRAFT, ConsortiumPolicy.ALLOW_ALL), false,
                List.of(sole("s1", Set.of(3), "EI")), offers(3), List.of(), NOW))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("DRAFT");
    }

    @Test
    void a_supplier_without_an_eligible_kind_cannot_perform_a_reserved_lot() {
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(2), "EI")), offers(2),
                List.of(), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("L2113-12")
                .satisfies(e -> assertThat(((BidRuleViolation) e).rule()).isEqualTo("L2113-12"));
    }

    @Test
    void every_groupement_member_performing_a_reserved_lot_must_be_eligible_but_others_need_not() {
        List<Tenderer> mixed = List.of(member("lead", TendererRole.LEAD, Set.of(1), "EI"),
                member("scop", TendererRole.MEMBER, Set.of(3), "SCOP"));
        assertThatCode(() -> rules.check(published(), true, mixed, offers(1, 3), List.of(), NOW)).doesNotThrowAnyException();

        List<Tenderer> ineligible = List.of(member("lead", TendererRole.LEAD, Set.of(1), "EI"),
                member("scop", TendererRole.MEMBER, Set.of(1), "SCOP"));
        assertThatThrownBy(() -> rules.check(published(), true, ineligible, offers(1), List.of(), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("L2113-13");
    }

    @Test
    void a_bid_covers_no_more_lots_than_the_tender_allows_per_bidder() {
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(1, 2, 3), "EI", "EA")),
                offers(1, 2, 3), List.of(), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("at most 2");
    }

    @Test
    void offers_name_existing_lots_once_with_a_positive_amount() {
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(3), "EI")), offers(3, 3),
                List.of(), NOW)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("offers[1].lotNumber"));
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(7), "EI")), offers(7),
                List.of(), NOW)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("no lot 7");
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(3), "EI")),
                List.of(new LotOffer(3, BigDecimal.ZERO)), List.of(), NOW))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("offers[0].amount"));
    }

    @Test
    void a_supplier_bids_once_per_tender_until_it_withdraws() {
        Bid first = existing("b1", null, sole("s1", Set.of(3), "EI"));
        assertThatThrownBy(() -> rules.check(published(), false, List.of(sole("s1", Set.of(3), "EI")), offers(3),
                List.of(first), NOW)).isInstanceOf(BidRuleViolation.class).hasMessageContaining("withdraw");
    }

    @Test
    void where_forbidden_a_supplier_cannot_bid_alone_and_in_a_groupement_on_the_same_lot() {
        Bid alone = existing("b1", null, sole("s1", Set.of(1), "EI"));
        List<Tenderer> groupement = List.of(member("lead", TendererRole.LEAD, Set.of(1), "ACI"),
                member("s1", TendererRole.MEMBER, Set.of(1), "EI"));
        assertThatThrownBy(() -> rules.check(published(), true, groupement, offers(1), List.of(alone), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("R2142-21");
        Tender allowing = tender(TenderStatus.PUBLISHED, ConsortiumPolicy.ALLOW_ALL);
        assertThatCode(() -> rules.check(allowing, true, groupement, offers(1), List.of(alone), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void where_forbidden_a_supplier_cannot_be_in_two_groupements_on_the_same_lot() {
        Bid otherGroupement = existing("b1", "c1", member("lead1", TendererRole.LEAD, Set.of(3), "EI"),
                member("s1", TendererRole.MEMBER, Set.of(3), "EI"));
        List<Tenderer> second = List.of(member("lead2", TendererRole.LEAD, Set.of(3), "ACI"),
                member("s1", TendererRole.MEMBER, Set.of(3), "EI"));
        assertThatThrownBy(() -> rules.check(published(), true, second, offers(3), List.of(otherGroupement), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("R2142-21")
                .hasMessageContaining("several groupements");
    }

    @Test
    void a_supplier_leads_only_one_groupement_per_tender() {
        Bid led = existing("b1", "c1", member("lead", TendererRole.LEAD, Set.of(3), "EI"),
                member("m1", TendererRole.MEMBER, Set.of(3), "EI"));
        List<Tenderer> again = List.of(member("lead", TendererRole.LEAD, Set.of(1), "EI"),
                member("m2", TendererRole.MEMBER, Set.of(1), "ACI"));
        assertThatThrownBy(() -> rules.check(published(), true, again, offers(1), List.of(led), NOW))
                .isInstanceOf(BidRuleViolation.class).hasMessageContaining("R2142-23");
    }

    @Test
    void a_groupement_has_one_lead_and_every_lot_is_performed_by_a_member() {
        List<Tenderer> twoLeads = List.of(member("a", TendererRole.LEAD, Set.of(3), "EI"),
                member("b", TendererRole.LEAD, Set.of(3), "EI"));
        assertThatThrownBy(() -> rules.check(published(), true, twoLeads, offers(3), List.of(), NOW))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("exactly one LEAD");
        List<Tenderer> uncovered = List.of(member("a", TendererRole.LEAD, Set.of(3), "EI"),
                member("b", TendererRole.SUBCONTRACTOR, Set.of(1), "EI"));
        assertThatThrownBy(() -> rules.check(published(), true, uncovered, offers(1, 3), List.of(), NOW))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("Lot 1 is performed by no tenderer");
    }

    @Test
    void a_bid_is_withdrawn_only_before_the_deadline() {
        Bid bid = existing("b1", null, sole("s1", Set.of(3), "EI"));
        assertThatThrownBy(() -> bid.withdraw(NOW, NOW)).isInstanceOf(BidRuleViolation.class);
        bid.withdraw(NOW.plusSeconds(60), NOW);
        assertThat(bid.status()).isEqualTo(BidStatus.WITHDRAWN);
        assertThatThrownBy(() -> bid.withdraw(NOW.plusSeconds(60), NOW)).isInstanceOf(BidRuleViolation.class);
    }
}
