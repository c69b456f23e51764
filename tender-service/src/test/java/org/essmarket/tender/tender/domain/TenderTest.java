package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TenderTest {

    private static final String LYON = "21690123100011";

    private static Tender draft() {
        return Tender.create("t1", LYON, Fixtures.valid(), false, "acheteur", NOW);
    }

    private static Tender inStatus(TenderStatus status) {
        return Tender.restore("t1", LYON, "acheteur", NOW, 3L, Fixtures.valid(), status, null, null, List.of());
    }

    private static void assertConflict(Runnable action, TenderStatus status) {
        assertThatThrownBy(action::run)
                .isInstanceOf(TenderRuleViolation.class)
                .hasMessageContaining(status.name())
                .satisfies(e -> assertThat(((TenderRuleViolation) e).status()).isEqualTo(status));
    }

    @Test
    void a_new_tender_is_a_draft_or_announced_ahead_as_planned() {
        assertThat(draft().status()).isEqualTo(TenderStatus.DRAFT);
        Tender planned = Tender.create("t2", LYON, Fixtures.valid(), true, "acheteur", NOW);
        assertThat(planned.status()).isEqualTo(TenderStatus.PLANNED);
        assertThat(planned.isOwnedBy(LYON)).isTrue();
        assertThat(planned.isOwnedBy("21750001600019")).isFalse();

        planned.startDrafting();
        assertThat(planned.status()).isEqualTo(TenderStatus.DRAFT);
        assertConflict(planned::startDrafting, TenderStatus.DRAFT);
    }

    @Test
    void the_happy_path_draft_submitted_published_closed() {
        Tender tender = draft();
        tender.submit(NOW, List.of());
        assertThat(tender.status()).isEqualTo(TenderStatus.SUBMITTED);
        tender.publish(NOW.plusSeconds(60));
        assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(tender.publishedAt()).isEqualTo(NOW.plusSeconds(60));

        Instant deadline = tender.terms().deadline();
        assertThat(tender.closeIfDeadlinePassed(deadline.minusSeconds(1))).isFalse();
        assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(tender.closeIfDeadlinePassed(deadline)).isTrue();
        assertThat(tender.status()).isEqualTo(TenderStatus.CLOSED);
        assertThat(tender.closeIfDeadlinePassed(deadline.plusSeconds(1))).as("only once").isFalse();
    }

    @Test
    void only_published_tenders_close() {
        for (TenderStatus status : TenderStatus.values()) {
            if (status != TenderStatus.PUBLISHED) {
                Tender tender = inStatus(status);
                assertThat(tender.closeIfDeadlinePassed(NOW.plus(Duration.ofDays(365)))).isFalse();
                assertThat(tender.status()).isEqualTo(status);
            }
        }
    }

    @Test
    void a_rejected_tender_carries_the_reason_and_goes_back_to_draft_when_edited() {
        Tender tender = draft();
        tender.submit(NOW, List.of());
        assertThatThrownBy(() -> tender.reject(" ")).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("reason"));
        tender.reject("Critères sociaux absents");
        assertThat(tender.status()).isEqualTo(TenderStatus.REJECTED);
        assertThat(tender.statusReason()).isEqualTo("Critères sociaux absents");

        tender.update(Fixtures.valid());
        assertThat(tender.status()).isEqualTo(TenderStatus.DRAFT);
        assertThat(tender.statusReason()).isNull();
    }

    @Test
    void a_rejected_tender_can_be_submitted_again() {
        Tender tender = inStatus(TenderStatus.REJECTED);
        tender.submit(NOW, List.of());
        assertThat(tender.status()).isEqualTo(TenderStatus.SUBMITTED);
    }

    @Test
    void edits_only_while_planned_draft_or_rejected() {
        for (TenderStatus status : List.of(TenderStatus.PLANNED, TenderStatus.DRAFT, TenderStatus.REJECTED)) {
            Tender tender = inStatus(status);
            tender.update(Fixtures.valid());
            assertThat(tender.isEditable()).isTrue();
        }
        for (TenderStatus status : List.of(TenderStatus.SUBMITTED, TenderStatus.PUBLISHED, TenderStatus.CLOSED,
                TenderStatus.AWARDED, TenderStatus.CANCELLED)) {
            assertConflict(() -> inStatus(status).update(Fixtures.valid()), status);
        }
    }

    @Test
    void invalid_transitions_name_the_state() {
        assertConflict(() -> draft().publish(NOW), TenderStatus.DRAFT);
        assertConflict(() -> draft().reject("no"), TenderStatus.DRAFT);
        assertConflict(() -> inStatus(TenderStatus.PLANNED).submit(NOW, List.of()), TenderStatus.PLANNED);
        assertConflict(() -> inStatus(TenderStatus.PUBLISHED).submit(NOW, List.of()), TenderStatus.PUBLISHED);
        assertConflict(() -> inStatus(TenderStatus.PUBLISHED).publish(NOW), TenderStatus.PUBLISHED);
        assertConflict(() -> inStatus(TenderStatus.CLOSED).reject("late"), TenderStatus.CLOSED);
        assertConflict(() -> inStatus(TenderStatus.AWARDED).cancel("too late"), TenderStatus.AWARDED);
        assertConflict(() -> inStatus(TenderStatus.CANCELLED).cancel("again"), TenderStatus.CANCELLED);
    }

    @Test
    void cancelling_needs_a_reason_and_works_until_award() {
        assertThatThrownBy(() -> draft().cancel(null)).isInstanceOf(InvalidFieldException.class);
        for (TenderStatus status : List.of(TenderStatus.PLANNED, TenderStatus.DRAFT, TenderStatus.SUBMITTED,
                TenderStatus.PUBLISHED, TenderStatus.REJECTED, TenderStatus.CLOSED)) {
            Tender tender = inStatus(status);
            tender.cancel("Besoin abandonné");
            assertThat(tender.status()).isEqualTo(TenderStatus.CANCELLED);
            assertThat(tender.statusReason()).isEqualTo("Besoin abandonné");
        }
    }

    @Test
    void submitting_and_publishing_need_a_deadline_in_the_future() {
        Tender noDeadline = Tender.create("t", LYON, Fixtures.valid().withDeadline(null), false, "a", NOW);
        assertThatThrownBy(() -> noDeadline.submit(NOW, List.of())).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("deadline"));

        Tender tender = draft();
        Instant afterDeadline = tender.terms().deadline().plusSeconds(1);
        assertThatThrownBy(() -> tender.submit(afterDeadline, List.of())).isInstanceOf(InvalidFieldException.class);
        assertThat(tender.status()).isEqualTo(TenderStatus.DRAFT);

        tender.submit(NOW, List.of());
        assertThatThrownBy(() -> tender.publish(afterDeadline)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("deadline"));
        assertThat(tender.status()).isEqualTo(TenderStatus.SUBMITTED);
    }

    @Test
    void submitting_needs_award_criteria() {
        Tender tender = Tender.create("t", LYON,
                Fixtures.terms(Fixtures.threeLots(), null, List.of(), NOW.plus(Duration.ofDays(10))), false, "a", NOW);
        assertThatThrownBy(() -> tender.submit(NOW, List.of())).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("awardCriteria"));
    }

    @Test
    void visibility_to_suppliers_by_status() {
        assertThat(TenderStatus.values()).filteredOn(TenderStatus::isVisibleToSuppliers)
                .containsExactlyInAnyOrder(TenderStatus.PLANNED, TenderStatus.PUBLISHED, TenderStatus.CLOSED,
                        TenderStatus.AWARDED);
    }
}
