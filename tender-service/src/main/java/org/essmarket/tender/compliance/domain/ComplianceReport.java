package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.tender.tender.domain.ExplainedWarning;

/** Every rule that concerns a tender launched on {@code launch}, in the catalogue's order. */
public record ComplianceReport(LocalDate launch, List<Finding> findings) {

    public ComplianceReport {
        findings = List.copyOf(findings);
    }

    /**
     * What submitting the tender with these reasons (by rule id) records: each warning with its
     * reason. Refused by the first blocking finding, or when a warning has no reason.
     */
    public List<ExplainedWarning> explain(Map<String, String> reasons) {
        findings.stream().filter(f -> f.verdict() == Verdict.BLOCKING).findFirst().ifPresent(blocking -> {
            throw new ComplianceRefusal.Blocked(blocking);
        });
        List<ExplainedWarning> explained = new ArrayList<>();
        List<Finding> unexplained = new ArrayList<>();
        for (Finding warning : findings.stream().filter(f -> f.verdict() == Verdict.WARNING).toList()) {
            String reason = reasons.get(warning.ruleId());
            if (reason == null || reason.isBlank()) {
                unexplained.add(warning);
            } else {
                explained.add(new ExplainedWarning(warning.ruleId(), warning.article(), warning.message(),
                        reason.strip()));
            }
        }
        if (!unexplained.isEmpty()) {
            throw new ComplianceRefusal.ReasonsMissing(unexplained);
        }
        return explained;
    }
}
