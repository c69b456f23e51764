package org.essmarket.tender.compliance.domain;

/**
 * What a rule says of a tender (issue 18, item 3): it complies; a piece of information (where the
 * notice must go); a warning the buyer may pass with a written reason; or a refusal.
 */
public enum Verdict {
    COMPLIANT, INFO, WARNING, BLOCKING
}
