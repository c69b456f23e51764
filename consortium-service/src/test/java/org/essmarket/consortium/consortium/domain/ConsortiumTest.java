package org.essmarket.consortium.consortium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.consortium.consortium.domain.Groupements.ESAT;
import static org.essmarket.consortium.consortium.domain.Groupements.INSERTION;
import static org.essmarket.consortium.consortium.domain.Groupements.LOTS;
import static org.essmarket.consortium.consortium.domain.Groupements.NOW;
import static org.essmarket.consortium.consortium.domain.Groupements.SCOP;
import static org.essmarket.consortium.consortium.domain.Groupements.TENDER;
import static org.essmarket.consortium.consortium.domain.Groupements.complete;
import static org.essmarket.consortium.consortium.domain.Groupements.forming;
import static org.essmarket.consortium.consortium.domain.Groupements.offers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConsortiumTest {

    private static void refused(ThrowingCallable change, String rule, String saying) {
        assertThatThrownBy(change).isInstanceOfSatisfying(ConsortiumRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule)).hasMessageContaining(saying);
    }

    private static void invalid(ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidFieldException.class,
                invalid -> assertThat(invalid.field()).isEqualTo(field));
    }

    @Test
    void the_creating_supplier_leads_performing_all_the_lots_by_default() {
        Consortium consortium = Consortium.form("c", TENDER, LOTS, List.of(1, 2), ConsortiumForm.SOLIDAIRE, INSERTION,
                null, null, null, "u-ei", NOW);
        assertThat(consortium.status()).isEqualTo(ConsortiumStatus.FORMING);
        assertThat(consortium.lead().supplierId()).isEqualTo("ei");
        assertThat(consortium.lead().lots()).containsExactlyInAnyOrder(1, 2);
        assertThat(consortium.isManagedBy(Set.of("ei"))).isTrue();
        assertThat(consortium.uncoveredLots()).isEmpty();
    }

    @Test
    void a_groupement_targets_lots_of_its_tender_and_its_lead_is_verified_and_eligible() {
        invalid(() -> Consortium.form("c", TENDER, LOTS, List.of(3), ConsortiumForm.CONJOINT, INSERTION, null, null, null,
                "u", NOW), "lots");
        invalid(() -> Consortium.form("c", TENDER, LOTS, List.of(1, 1), ConsortiumForm.CONJOINT, INSERTION, null, null,
                null, "u", NOW), "lots");
        invalid(() -> Consortium.form("c", TENDER, LOTS, List.of(1), null, INSERTION, null, null, null, "u", NOW), "form");
        SupplierFacts pending = new SupplierFacts("p", "Nouvelle", false, "PENDING", Set.of("EI"), List.of("u"));
        refused(() -> Consortium.form("c", TENDER, LOTS, List.of(1), ConsortiumForm.CONJOINT, pending, null, null, null,
                "u", NOW), "verified suppliers only", "PENDING");
        refused(() -> Consortium.form("c", TENDER, LOTS, List.of(1, 2), ConsortiumForm.CONJOINT, SCOP, null, null, null,
                "u-scop", NOW), "L2113-13", "cannot perform lot 1");
    }

    @Test
    void the_lead_invites_members_on_the_groupement_lots_within_100_percent() {
        Consortium consortium = forming();
        invalid(() -> consortium.invite(SCOP, MemberRole.LEAD, Set.of(2), null, null), "role");
        invalid(() -> consortium.invite(SCOP, MemberRole.MEMBER, Set.of(3), null, null), "lots");
        invalid(() -> consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, new BigDecimal("41")), "share");
        invalid(() -> consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, new BigDecimal("0")), "share");
        refused(() -> consortium.invite(SCOP, MemberRole.MEMBER, Set.of(1), null, null), "L2113-13", "SCOP Elits");

        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), "Nettoyage", new BigDecimal("40"));
        assertThat(consortium.member("scop").orElseThrow().status()).isEqualTo(InviteStatus.INVITED);
        assertThat(consortium.isInvitationFor(Set.of("scop"))).as("the invited supplier sees its invitation to answer").isTrue();
        assertThat(consortium.isVisibleTo(Set.of("scop"))).as("but not the workspace: it is not a member yet").isFalse();
        refused(() -> consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, null), "membership", "already INVITED");
        assertThat(consortium.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.recipientUserId()).isEqualTo("u-scop");
            assertThat(notice.kind()).isEqualTo(Notice.INVITATION);
            assertThat(notice.id()).isEqualTo("consortium:c-1:1:u-scop");
        });
    }

    @Test
    void only_an_invited_supplier_answers_and_a_declined_supplier_may_be_invited_again() {
        Consortium consortium = forming();
        refused(() -> consortium.acceptInvitation(SCOP, true, List.of()), "invitation", "no pending invitation");
        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, null);
        consortium.declineInvitation("scop");
        assertThat(consortium.member("scop").orElseThrow().status()).isEqualTo(InviteStatus.DECLINED);
        assertThat(consortium.isVisibleTo(Set.of("scop"))).isFalse();
        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, new BigDecimal("40"));
        consortium.acceptInvitation(SCOP, false, List.of());
        assertThat(consortium.member("scop").orElseThrow().isAccepted()).isTrue();
        assertThat(consortium.member("scop").orElseThrow().habilitationGranted()).isFalse();
        consortium.grantHabilitation("scop");
        assertThat(consortium.member("scop").orElseThrow().habilitationGranted()).isTrue();
    }

    @Test
    void accepting_is_refused_where_the_tender_forbids_bidding_alone_and_in_a_groupement_on_a_lot_R2142_21() {
        Consortium consortium = forming();
        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, null);
        refused(() -> consortium.acceptInvitation(SCOP, true, List.of(new Participation(null, Set.of(2)))), "R2142-21",
                "alone");
        refused(() -> consortium.acceptInvitation(SCOP, true, List.of(new Participation("c-other", Set.of(1)))),
                "R2142-21", "several groupements");
        consortium.acceptInvitation(SCOP, true, List.of(new Participation(null, Set.of(3)), new Participation("c-1", Set.of(1))));
        assertThat(consortium.member("scop").orElseThrow().isAccepted()).as("other lots, or this very groupement").isTrue();
    }

    @Test
    void a_tender_that_allows_it_lets_a_supplier_bid_alone_and_in_groupements() {
        Consortium consortium = Consortium.form("c", Groupements.tender(ConsortiumPolicy.ALLOW_ALL), LOTS, List.of(1, 2),
                ConsortiumForm.CONJOINT, INSERTION, Set.of(1), null, null, "u-ei", NOW);
        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, null);
        consortium.acceptInvitation(SCOP, true, List.of(new Participation(null, Set.of(2)), new Participation("x", Set.of(2))));
        assertThat(consortium.member("scop").orElseThrow().isAccepted()).isTrue();
    }

    @Test
    void the_joint_bid_needs_shares_totalling_100_every_lot_covered_and_every_habilitation() {
        Consortium alone = forming();
        refused(() -> alone.submitJointBid(offers(), NOW), "composition", "at least one other");

        Consortium subcontracted = forming();
        subcontracted.invite(SCOP, MemberRole.SUBCONTRACTOR, Set.of(2), null, new BigDecimal("20"));
        subcontracted.acceptInvitation(SCOP, true, List.of());
        refused(() -> subcontracted.submitJointBid(offers(), NOW), "shares", "80 %: 20 % missing");
        subcontracted.changeMember("ei", null, null, null, new BigDecimal("80"));
        refused(() -> subcontracted.submitJointBid(offers(), NOW), "lot coverage", "[2]");

        Consortium noHabilitation = forming();
        noHabilitation.invite(SCOP, MemberRole.MEMBER, Set.of(2), null, new BigDecimal("40"));
        noHabilitation.acceptInvitation(SCOP, false, List.of());
        refused(() -> noHabilitation.submitJointBid(offers(), NOW), "habilitation", "SCOP Elits");

        Consortium ready = complete();
        invalid(() -> ready.submitJointBid(List.of(new LotOffer(1, BigDecimal.TEN)), NOW), "offers");
        invalid(() -> ready.submitJointBid(List.of(new LotOffer(1, BigDecimal.TEN), new LotOffer(2, BigDecimal.ZERO)), NOW),
                "offers[1].amount");
        refused(() -> ready.submitJointBid(offers(), TENDER.deadline()), "deadline", "has passed");
    }

    @Test
    void submitting_freezes_the_composition_and_each_attempt_has_its_own_idempotency_key() {
        Consortium consortium = complete();
        Submission first = consortium.submitJointBid(offers(), NOW);
        assertThat(first.idempotencyKey()).isEqualTo("c-1-1");
        assertThat(consortium.status()).isEqualTo(ConsortiumStatus.SUBMITTING);
        refused(() -> consortium.invite(ESAT, MemberRole.MEMBER, Set.of(2), null, null), "R2142-26", "frozen");
        refused(() -> consortium.leave("scop"), "R2142-26", "change request");
        refused(() -> consortium.changeMember("scop", null, null, null, BigDecimal.ONE), "R2142-26", "frozen");

        consortium.bidRefused("R2142-21", "SCOP Elits already bids alone on lot 2", NOW);
        assertThat(consortium.status()).isEqualTo(ConsortiumStatus.FORMING);
        assertThat(consortium.submission().refusedRule()).isEqualTo("R2142-21");
        assertThat(consortium.submitJointBid(offers(), NOW).idempotencyKey()).isEqualTo("c-1-2");
        consortium.bidRecorded("bid-9");
        assertThat(consortium.status()).isEqualTo(ConsortiumStatus.SUBMITTED);
        assertThat(consortium.submission().bidId()).isEqualTo("bid-9");
    }

    @Test
    void a_bid_refused_once_the_deadline_has_passed_expires_the_groupement_and_the_members_are_told() {
        Consortium consortium = complete();
        consortium.submitJointBid(offers(), NOW);
        int told = consortium.notices().size();
        consortium.bidRefused("tender-service 409", "The deadline has passed: no bid is accepted after it",
                TENDER.deadline());
        assertThat(consortium.status()).as("no new attempt can be made: FORMING would be a dead end")
                .isEqualTo(ConsortiumStatus.EXPIRED);
        assertThat(consortium.submission().refusal()).contains("deadline");
        assertThat(consortium.notices().subList(told, consortium.notices().size()))
                .extracting(Notice::recipientUserId).containsExactlyInAnyOrder("u-ei", "u-scop");
    }

    @Test
    void the_lead_hands_over_to_a_cotraitant_that_leads_no_other_groupement_R2142_23_and_habilitations_start_again() {
        Consortium consortium = complete();
        refused(() -> consortium.handOverLead("scop", List.of("c-2")), "R2142-23", "only one");
        refused(() -> consortium.leave("ei"), "mandataire", "hands over");
        consortium.handOverLead("scop", List.of());
        assertThat(consortium.lead().supplierId()).isEqualTo("scop");
        assertThat(consortium.member("ei").orElseThrow().role()).isEqualTo(MemberRole.MEMBER);
        assertThat(consortium.isManagedBy(Set.of("ei"))).isFalse();
        refused(() -> consortium.submitJointBid(offers(), NOW), "habilitation", "Envie Rhône");
    }

    @Test
    void a_member_leaves_before_submission_and_its_lots_need_another_member() {
        Consortium consortium = complete();
        consortium.leave("scop");
        assertThat(consortium.member("scop").orElseThrow().status()).isEqualTo(InviteStatus.LEFT);
        assertThat(consortium.isVisibleTo(Set.of("scop"))).isFalse();
        assertThat(consortium.uncoveredLots()).containsExactly(2);
    }

    @Test
    void after_submission_the_buyer_approves_a_change_for_restructuring_or_incapacity_R2142_26() {
        Consortium consortium = complete();
        consortium.changeMember("scop", null, null, null, new BigDecimal("20"));
        consortium.invite(ESAT, MemberRole.MEMBER, Set.of(2), null, new BigDecimal("20"));
        consortium.acceptInvitation(ESAT, true, List.of());
        refused(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.INCAPACITY, "liquidation", "scop",
                Map.of(), "u-ei", NOW), "R2142-26", "change the composition directly");
        consortium.submitJointBid(offers(), NOW);
        consortium.bidRecorded("bid-1");

        invalid(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.INCAPACITY, " ", "scop",
                Map.of("ei", new BigDecimal("60"), "esat", new BigDecimal("40")), "u-ei", NOW), "reason");
        invalid(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.INCAPACITY, "liquidation", "scop",
                Map.of("ei", new BigDecimal("100")), "u-ei", NOW), "newShares");
        refused(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.INCAPACITY, "liquidation", "scop",
                Map.of("ei", new BigDecimal("50"), "esat", new BigDecimal("40")), "u-ei", NOW), "shares", "10 % missing");
        ChangeRequest request = consortium.requestCompositionChange("r", ChangeRequest.Type.INCAPACITY,
                "Liquidation judiciaire de la SCOP", "scop", Map.of("ei", new BigDecimal("60"), "esat", new BigDecimal("40")),
                "u-ei", NOW);
        assertThat(request.status()).isEqualTo(ChangeRequest.Status.PENDING);
        assertThat(consortium.leaversToTell()).as("nothing for tender-service before the decision").isEmpty();
        refused(() -> consortium.requestCompositionChange("r2", ChangeRequest.Type.RESTRUCTURING, "fusion", "esat",
                Map.of("ei", new BigDecimal("100"), "scop", new BigDecimal("0")), "u-ei", NOW), "R2142-26", "already awaits");

        consortium.decideCompositionChange("r", true, "Accord", "u-buyer", NOW);
        assertThat(consortium.member("scop").orElseThrow().status()).isEqualTo(InviteStatus.LEFT);
        assertThat(consortium.member("esat").orElseThrow().share()).isEqualByComparingTo("40");
        assertThat(consortium.changeRequests().getFirst().status()).isEqualTo(ChangeRequest.Status.APPROVED);
        assertThat(consortium.leaversToTell()).as("tender-service takes it off the bid").containsExactly("scop");
        refused(() -> consortium.decideCompositionChange("r", false, null, "u-buyer", NOW), "R2142-26", "already APPROVED");
    }

    @Test
    void a_change_request_keeps_every_lot_covered() {
        Consortium consortium = complete();
        consortium.submitJointBid(offers(), NOW);
        consortium.bidRecorded("bid-1");
        refused(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.RESTRUCTURING, "Cession", "scop",
                Map.of("ei", new BigDecimal("100")), "u-ei", NOW), "lot coverage", "[2]");
        invalid(() -> consortium.requestCompositionChange("r", ChangeRequest.Type.RESTRUCTURING, "Cession", "ei",
                Map.of("scop", new BigDecimal("100")), "u-ei", NOW), "leavingSupplierId");
    }

    @Test
    void who_reads_and_manages_is_whoever_acts_for_the_member_suppliers_now_not_the_users_copied_at_joining() {
        Consortium consortium = complete();
        consortium.invite(ESAT, MemberRole.SUBCONTRACTOR, Set.of(), "Vitrerie", null);

        assertThat(consortium.isManagedBy(Set.of("ei"))).as("a user who joined the EI later").isTrue();
        assertThat(consortium.isManagedBy(Set.of("scop"))).isFalse();
        assertThat(consortium.isVisibleTo(Set.of("other", "scop"))).isTrue();
        assertThat(consortium.isVisibleTo(Set.of())).as("a user removed from every member").isFalse();
        assertThat(consortium.isInvitationFor(Set.of("esat"))).isTrue();
        assertThat(consortium.asSeenBy(Set.of("esat")).members()).extracting(Member::supplierId)
                .containsExactly("ei", "esat");
        assertThat(consortium.asSeenBy(Set.of("scop")).members()).hasSize(3);
    }
}
