package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The reference data of the checks: each rule with its article and dates (a rule whose figures
 * changed is listed once per period), and the EU thresholds by period.
 */
public record ComplianceCatalogue(List<RuleReference> rules, List<EuThresholds> euThresholds) {

    public ComplianceCatalogue {
        rules = List.copyOf(rules);
        euThresholds = List.copyOf(euThresholds);
    }

    /** The thresholds for a consultation launched that day (the period it falls in). */
    public EuThresholds thresholdsOn(LocalDate launch) {
        return euThresholds.stream().filter(t -> t.inForceOn(launch)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no EU thresholds in the reference data for " + launch));
    }
}
