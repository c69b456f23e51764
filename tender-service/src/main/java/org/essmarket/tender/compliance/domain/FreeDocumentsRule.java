package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;

/**
 * I2 — from the reference file's amount, the consultation documents are freely, directly and fully
 * available electronically from the notice's publication (R2132-2): information, never a refusal.
 */
public class FreeDocumentsRule implements ComplianceRule {

    @Override
    public String id() {
        return "I2";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        BigDecimal value = tender.terms().totalValue();
        BigDecimal from = BigDecimal.valueOf(reference.figure("freeDocumentsFrom"));
        if (value == null || value.compareTo(from) < 0) {
            return null;
        }
        return Outcome.info("Valeur estimée " + Texts.euros(value), "À partir de " + Texts.euros(from) + ", les "
                + "documents de la consultation sont en accès libre, direct, complet et gratuit dès la publication "
                + "de l'avis : joignez-les au marché sur ESS Market.");
    }
}
