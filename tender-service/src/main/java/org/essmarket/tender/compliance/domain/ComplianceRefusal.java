package org.essmarket.tender.compliance.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Why the compliance checks refuse a tender's submission. */
public abstract sealed class ComplianceRefusal extends RuntimeException {

    private ComplianceRefusal(String message) {
        super(message);
    }

    /** A rule forbids the tender as it stands: the finding names the rule and its article. */
    public static final class Blocked extends ComplianceRefusal {

        private final transient Finding finding;

        public Blocked(Finding finding) {
            super(finding.message() + " (" + finding.article() + ")");
            this.finding = finding;
        }

        public Finding finding() {
            return finding;
        }
    }

    /** Warnings the buyer gave no written reason for. */
    public static final class ReasonsMissing extends ComplianceRefusal {

        private final transient List<Finding> warnings;

        public ReasonsMissing(List<Finding> warnings) {
            super("Give a written reason for each compliance warning to submit: " + warnings.stream()
                    .map(w -> w.ruleId() + " (" + w.article() + ")").collect(Collectors.joining(", ")));
            this.warnings = List.copyOf(warnings);
        }

        public List<Finding> warnings() {
            return warnings;
        }
    }
}
