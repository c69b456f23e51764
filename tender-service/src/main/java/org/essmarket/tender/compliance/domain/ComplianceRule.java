package org.essmarket.tender.compliance.domain;

/**
 * One rule of the code de la commande publique, checked on a tender. Its article, legal source,
 * dates and figures come from the reference file under its {@link #id()}; the class holds only the
 * reasoning.
 */
public interface ComplianceRule {

    /** Its id in the reference file. */
    String id();

    /** What the rule concludes, or null when it does not concern this tender (a defence contract, below a threshold). */
    Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue);
}
