package org.essmarket.tender.compliance.domain;

/**
 * One rule applied to one tender: the rule's id in the catalogue, its article and legal source, what
 * the tender says that the rule looks at, the verdict and a message for the buyer (in French).
 */
public record Finding(String ruleId, String article, String source, String tenderSays, Verdict verdict,
        String message) {
}
