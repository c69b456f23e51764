package org.essmarket.tender.compliance.api;

import java.time.LocalDate;
import java.util.List;

import org.essmarket.tender.compliance.application.ComplianceService.TenderCompliance;
import org.essmarket.tender.compliance.domain.Finding;
import org.essmarket.tender.compliance.domain.Verdict;
import org.essmarket.tender.tender.domain.ExplainedWarning;
import org.essmarket.tender.tender.domain.TenderStatus;

/**
 * A tender's compliance report: the day its consultation counts as launched (the notice's sending
 * date, else the day it was submitted, else today) and each rule that concerns it.
 */
public record ComplianceResponse(String tenderId, TenderStatus status, LocalDate launchDate,
        List<FindingResponse> findings) {

    /**
     * One rule: its id in the catalogue, article and legal source, what the tender says, the verdict,
     * a message in French, and the buyer's reason when it submitted the tender despite this warning.
     */
    public record FindingResponse(String ruleId, String article, String source, String tenderSays, Verdict verdict,
            String message, String reason) {
    }

    static ComplianceResponse of(TenderCompliance compliance) {
        List<ExplainedWarning> explained = compliance.tender().explainedWarnings();
        return new ComplianceResponse(compliance.tender().id(), compliance.tender().status(),
                compliance.report().launch(), compliance.report().findings().stream()
                        .map(finding -> finding(finding, explained)).toList());
    }

    private static FindingResponse finding(Finding finding, List<ExplainedWarning> explained) {
        String reason = finding.verdict() != Verdict.WARNING ? null : explained.stream()
                .filter(warning -> warning.ruleId().equals(finding.ruleId())).map(ExplainedWarning::reason)
                .findFirst().orElse(null);
        return new FindingResponse(finding.ruleId(), finding.article(), finding.source(), finding.tenderSays(),
                finding.verdict(), finding.message(), reason);
    }
}
