package org.essmarket.tender.tender.domain;

/**
 * A compliance warning the buyer submitted the tender despite, with the written reason it gave
 * (kept on the tender for the facilitator who validates it, and for the SPASER compliance rate).
 */
public record ExplainedWarning(String ruleId, String article, String message, String reason) {
}
