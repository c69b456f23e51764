package org.essmarket.tender.bid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who reads and changes a bid: whoever acts for its tenderers when they ask, not who did at submission. */
class BidTest {

    private static Tenderer tenderer(String id, TendererRole role) {
        return new Tenderer(id, "siret-" + id, "Structure " + id, role, Set.of(1), Set.of("EI"), "69");
    }

    private static Bid bid(String consortiumId, Tenderer... tenderers) {
        return Bid.submit("b", "t", consortiumId, List.of(tenderers), List.of(new LotOffer(1, BigDecimal.TEN)),
                "consortium-service", "f", NOW);
    }

    @Test
    void a_bid_alone_is_read_and_changed_by_the_users_acting_for_its_supplier_now() {
        Bid alone = bid(null, tenderer("ei", TendererRole.SOLE));

        assertThat(alone.isReadableBy(Set.of("other", "ei"))).isTrue();
        assertThat(alone.mayBeChangedBy("u", false, Set.of("ei"))).isTrue();
        assertThat(alone.isReadableBy(Set.of("other"))).as("a user no longer acting for it").isFalse();
        assertThat(alone.mayBeChangedBy("u", false, Set.of())).isFalse();
    }

    @Test
    void a_joint_bid_is_read_by_the_users_of_every_tenderer_and_changed_only_by_the_service_that_submitted_it() {
        Bid joint = bid("c-1", tenderer("ei", TendererRole.LEAD), tenderer("scop", TendererRole.MEMBER));

        assertThat(joint.isReadableBy(Set.of("scop"))).isTrue();
        assertThat(joint.isReadableBy(Set.of("esat"))).isFalse();
        assertThat(joint.mayBeChangedBy("u", false, Set.of("ei"))).as("not even the lead's users directly").isFalse();
        assertThat(joint.mayBeChangedBy("consortium-service", true, Set.of())).isTrue();
        assertThat(joint.mayBeChangedBy("tender-service", true, Set.of())).isFalse();
    }

    @Test
    void a_member_that_leaves_a_groupement_through_an_approved_change_is_no_longer_a_tenderer_R2142_26() {
        Bid joint = bid("c-1", tenderer("ei", TendererRole.LEAD), tenderer("scop", TendererRole.MEMBER));

        assertThat(joint.removeTenderer("scop")).isTrue();
        assertThat(joint.tenderers()).extracting(Tenderer::supplierId).containsExactly("ei");
        assertThat(joint.isReadableBy(Set.of("scop"))).isFalse();
        assertThat(joint.removeTenderer("scop")).as("told again").isFalse();
        assertThatThrownBy(() -> joint.removeTenderer("ei")).isInstanceOf(BidRuleViolation.class)
                .hasMessageContaining("mandataire");
        assertThatThrownBy(() -> bid(null, tenderer("ei", TendererRole.SOLE)).removeTenderer("ei"))
                .isInstanceOf(BidRuleViolation.class);
    }
}
