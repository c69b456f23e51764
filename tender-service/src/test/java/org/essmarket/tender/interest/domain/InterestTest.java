package org.essmarket.tender.interest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;

class InterestTest {

    private static Tender inStatus(TenderStatus status) {
        return Fixtures.tenderIn(status);
    }

    private static final Tender PUBLISHED = inStatus(TenderStatus.PUBLISHED);

    private static void assertBadField(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static SupplierInterest record(String user, InterestMark mark) {
        return new SupplierInterest("t1", user, NOW, mark, mark == null ? null : NOW);
    }

    @Test
    void a_decline_needs_a_reason() {
        assertBadField(() -> InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, null, "trop loin", null), "reason");
        InterestMark declined = InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, DeclineReason.TOO_FAR,
                "  Nous sommes à 300 km  ", null);
        assertThat(declined.note()).isEqualTo("Nous sommes à 300 km");
        assertThat(declined.lots()).isEmpty();
    }

    @Test
    void an_interest_carries_no_reason_and_names_only_the_tenders_lots() {
        InterestMark interested = InterestMark.on(PUBLISHED, InterestLevel.INTERESTED, DeclineReason.TOO_BIG, "x",
                Set.of(3, 1));
        assertThat(interested.reason()).isNull();
        assertThat(interested.note()).isNull();
        assertThat(interested.lots()).containsExactly(1, 3);
        assertThat(interested.covers(1)).isTrue();
        assertThat(interested.covers(2)).isFalse();

        assertBadField(() -> InterestMark.on(PUBLISHED, InterestLevel.INTERESTED, null, null, Set.of(1, 7)), "lots");
        assertBadField(() -> InterestMark.on(PUBLISHED, null, null, null, null), "level");
        assertBadField(() -> InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, DeclineReason.OTHER,
                "x".repeat(1_001), null), "note");
    }

    @Test
    void interest_is_marked_on_planned_or_published_tenders_only() {
        assertThat(InterestMark.on(inStatus(TenderStatus.PLANNED), InterestLevel.INTERESTED, null, null, null).level())
                .isEqualTo(InterestLevel.INTERESTED);
        assertThatThrownBy(() -> InterestMark.on(inStatus(TenderStatus.CLOSED), InterestLevel.INTERESTED, null, null,
                null)).isInstanceOf(TenderRuleViolation.class).hasMessageContaining("CLOSED");
    }

    @Test
    void the_report_counts_views_interest_and_decline_reasons_per_lot() {
        InterestReport report = InterestReport.of(PUBLISHED, List.of(
                record("viewer-only", null),
                record("whole-tender", InterestMark.on(PUBLISHED, InterestLevel.INTERESTED, null, null, null)),
                record("lot-2", InterestMark.on(PUBLISHED, InterestLevel.INTERESTED, null, null, Set.of(2))),
                record("far", InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, DeclineReason.TOO_FAR, null,
                        Set.of(1, 2))),
                record("big", InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, DeclineReason.TOO_BIG, null,
                        Set.of(1))),
                new SupplierInterest("t1", "marked-without-view", null,
                        InterestMark.on(PUBLISHED, InterestLevel.NOT_INTERESTED, DeclineReason.TOO_BIG, null, null),
                        NOW)));

        assertThat(report.viewed()).isEqualTo(5);
        assertThat(report.interested()).isEqualTo(2);
        assertThat(report.declined()).isEqualTo(3);
        assertThat(report.declineReasons()).isEqualTo(Map.of(DeclineReason.TOO_FAR, 1L, DeclineReason.TOO_BIG, 2L));
        assertThat(report.lots()).extracting(InterestReport.LotInterest::lot).containsExactly(1, 2, 3);
        InterestReport.LotInterest lot1 = report.lots().get(0);
        assertThat(lot1.viewed()).isEqualTo(5);
        assertThat(lot1.interested()).isEqualTo(1);
        assertThat(lot1.declined()).isEqualTo(3);
        assertThat(lot1.declineReasons()).isEqualTo(Map.of(DeclineReason.TOO_FAR, 1L, DeclineReason.TOO_BIG, 2L));
        InterestReport.LotInterest lot2 = report.lots().get(1);
        assertThat(lot2.interested()).isEqualTo(2);
        assertThat(lot2.declineReasons()).isEqualTo(Map.of(DeclineReason.TOO_FAR, 1L, DeclineReason.TOO_BIG, 1L));
        InterestReport.LotInterest lot3 = report.lots().get(2);
        assertThat(lot3.interested()).isEqualTo(1);
        assertThat(lot3.declined()).isEqualTo(1);
    }
}
