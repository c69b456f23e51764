package org.essmarket.consortium.consortium.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GroupementRulesTest {

    @Test
    void a_supplier_is_mandataire_of_one_groupement_per_tender_R2142_23() {
        assertThatCode(() -> GroupementRules.requireSingleMandate("s", List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> GroupementRules.requireSingleMandate("s", List.of("c-1")))
                .isInstanceOf(ConsortiumRuleViolation.class).hasMessageContaining("R2142-23");
    }

    @Test
    void groupements_form_for_a_published_tender_before_its_deadline() {
        assertThatThrownBy(() -> GroupementRules.requireOpenTender("CLOSED", Groupements.TENDER, Groupements.NOW))
                .hasMessageContaining("PUBLISHED");
        assertThatThrownBy(() -> GroupementRules.requireOpenTender("PUBLISHED", Groupements.TENDER,
                Groupements.TENDER.deadline().plusSeconds(1))).hasMessageContaining("deadline");
        assertThatCode(() -> GroupementRules.requireOpenTender("PUBLISHED", Groupements.TENDER, Groupements.NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void R2142_21_applies_only_to_shared_lots_and_to_what_the_buyer_forbids() {
        ConsortiumPolicy onlyAlone = new ConsortiumPolicy(true, false);
        List<Participation> inAnother = List.of(new Participation("c-2", Set.of(1)));
        assertThatCode(() -> GroupementRules.requireSingleAllegiance(onlyAlone, "c-1", "X", Set.of(1), inAnother))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GroupementRules.requireSingleAllegiance(onlyAlone, "c-1", "X", Set.of(1, 2),
                List.of(new Participation(null, Set.of(2, 3))))).hasMessageContaining("R2142-21").hasMessageContaining("[2]");
        assertThatCode(() -> GroupementRules.requireSingleAllegiance(new ConsortiumPolicy(true, true), "c-1", "X", Set.of(1),
                List.of(new Participation(null, Set.of(2))))).doesNotThrowAnyException();
    }

    @Test
    void every_reservation_admits_its_kinds_and_cites_its_article() {
        Member esat = new Member("e", "ESAT", Set.of("ESAT"), List.of(), MemberRole.MEMBER, Set.of(1), null, null,
                InviteStatus.ACCEPTED, true);
        assertThatCode(() -> GroupementRules.requireEligible(List.of(new TargetLot(1, "l", null, Reservation.BOTH)), esat))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GroupementRules.requireEligible(List.of(new TargetLot(1, "l", null, Reservation.ESS)), esat))
                .hasMessageContaining("L2113-15");
        assertThatThrownBy(() -> GroupementRules.requireEligible(List.of(new TargetLot(1, "l", null, Reservation.INSERTION)),
                esat)).hasMessageContaining("L2113-13");
        assertThatCode(() -> GroupementRules.requireEligible(List.of(new TargetLot(2, "l", null, Reservation.INSERTION)),
                esat)).as("a lot it does not perform").doesNotThrowAnyException();
    }

    @Test
    void a_share_is_above_0_at_most_100_to_the_hundredth() {
        assertThatCode(() -> GroupementRules.requireValidShare(new BigDecimal("33.33"), "share"))
                .doesNotThrowAnyException();
        for (String bad : List.of("0", "-1", "100.01", "33.333")) {
            assertThatThrownBy(() -> GroupementRules.requireValidShare(new BigDecimal(bad), "share"))
                    .isInstanceOf(InvalidFieldException.class);
        }
    }
}
