package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;

import org.essmarket.tender.compliance.domain.EuThresholds.Threshold;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * P1 — an adapted procedure is for needs under the EU threshold of their kind (R2123-1 1°, R2124-1):
 * at or above it the tender goes through a formal procedure, and is refused as it stands. Excepted:
 * the social and other specific services of the code's annex, which the buyer states (R2123-1 3°).
 * Small lots of a larger operation (R2123-1 2°) are not a tender of their own here, so not excepted.
 */
public class AdaptedProcedureThresholdRule implements ComplianceRule {

    @Override
    public String id() {
        return "P1";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        TenderTerms terms = tender.terms();
        BigDecimal value = terms.totalValue();
        if (terms.procedure() != Procedure.MAPA || value == null) {
            return null;
        }
        Threshold threshold = catalogue.thresholdsOn(tender.launch()).of(terms.facts(), terms.nature());
        if (value.compareTo(threshold.amount()) < 0) {
            return null;
        }
        String says = "Procédure adaptée, valeur estimée " + Texts.euros(value) + " (seuil européen des "
                + threshold.kind() + " : " + Texts.euros(threshold.amount()) + ")";
        if (terms.facts().socialAndSpecificServices()) {
            return Outcome.compliant(says + ", services sociaux et autres services spécifiques",
                    "Les services sociaux et autres services spécifiques peuvent être passés en procédure adaptée "
                            + "quelle que soit leur valeur.");
        }
        return Outcome.blocking(says, "À partir du seuil européen, le marché est passé selon une procédure formalisée "
                + "(appel d'offres ouvert ou restreint, procédure avec négociation) : changez de procédure, ou "
                + "indiquez qu'il porte sur des services sociaux et autres services spécifiques.");
    }
}
