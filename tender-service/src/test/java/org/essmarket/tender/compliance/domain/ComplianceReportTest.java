package org.essmarket.tender.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.essmarket.tender.tender.domain.ExplainedWarning;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private static Finding finding(String id, Verdict verdict) {
        return new Finding(id, "L" + id, "source", "says", verdict, "message " + id);
    }

    @Test
    void each_warning_is_kept_with_its_reason_the_rest_is_not() {
        ComplianceReport report = new ComplianceReport(DAY, List.of(finding("C1", Verdict.WARNING),
                finding("C2", Verdict.COMPLIANT), finding("I1", Verdict.INFO), finding("C3", Verdict.WARNING)));

        List<ExplainedWarning> explained = report.explain(Map.of("C1", " Achat de denrées au prix du marché ",
                "C3", "Exception : deux jours de prestation", "C2", "not a warning"));

        assertThat(explained).containsExactly(
                new ExplainedWarning("C1", "LC1", "message C1", "Achat de denrées au prix du marché"),
                new ExplainedWarning("C3", "LC3", "message C3", "Exception : deux jours de prestation"));
    }

    @Test
    void a_warning_without_a_reason_refuses_naming_each_one() {
        ComplianceReport report = new ComplianceReport(DAY, List.of(finding("C1", Verdict.WARNING),
                finding("C3", Verdict.WARNING)));

        assertThatThrownBy(() -> report.explain(Map.of("C1", "  ")))
                .isInstanceOfSatisfying(ComplianceRefusal.ReasonsMissing.class, refusal -> assertThat(
                        refusal.warnings()).extracting(Finding::ruleId).containsExactly("C1", "C3"));
    }

    @Test
    void a_blocking_finding_refuses_whatever_the_reasons() {
        ComplianceReport report = new ComplianceReport(DAY, List.of(finding("C1", Verdict.WARNING),
                finding("B1", Verdict.BLOCKING)));

        assertThatThrownBy(() -> report.explain(Map.of("C1", "raison", "B1", "raison")))
                .isInstanceOfSatisfying(ComplianceRefusal.Blocked.class,
                        refusal -> assertThat(refusal.finding().ruleId()).isEqualTo("B1"))
                .hasMessageContaining("LB1");
    }
}
