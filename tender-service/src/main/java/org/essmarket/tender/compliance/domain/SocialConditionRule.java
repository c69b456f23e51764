package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;

import org.essmarket.tender.compliance.domain.EuThresholds.Threshold;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * C3 — L2112-2-1 as the loi Climat et Résilience (art. 35) wrote it: at or above the EU threshold of
 * its kind, the execution conditions take social or employment considerations into account, unless
 * the buyer records why it does not (the exceptions the article allows). Below the threshold the
 * rule does not concern the tender.
 */
public class SocialConditionRule implements ComplianceRule {

    @Override
    public String id() {
        return "C3";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        TenderTerms terms = tender.terms();
        ProcurementFacts facts = terms.facts();
        Threshold threshold = catalogue.thresholdsOn(tender.launch()).of(facts, terms.nature());
        String thresholdText = "seuil européen des " + threshold.kind() + " : " + Texts.euros(threshold.amount());
        BigDecimal value = terms.totalValue();
        if (value == null) {
            return Outcome.warning("Valeur estimée non renseignée (" + thresholdText + ")", "Renseignez la valeur "
                    + "estimée : à partir du seuil européen, les conditions d'exécution doivent prendre en compte des "
                    + "considérations sociales ou relatives à l'emploi.");
        }
        if (value.compareTo(threshold.amount()) < 0) {
            return null;
        }
        String says = "Valeur estimée " + Texts.euros(value) + " (" + thresholdText + ")";
        if (hasSocialClause(terms.socialClause())) {
            return Outcome.compliant(says + ", clause sociale", "Les conditions d'exécution prennent en compte des "
                    + "considérations sociales ou relatives à l'emploi.");
        }
        if (facts.socialConsiderationsException() != null) {
            return Outcome.compliant(says + ", exception motivée : " + facts.socialConsiderationsException(),
                    "Pas de considération sociale dans les conditions d'exécution, pour la raison indiquée.");
        }
        return Outcome.warning(says + ", aucune clause sociale", "À partir du seuil européen, les conditions "
                + "d'exécution doivent prendre en compte des considérations sociales ou relatives à l'emploi : ajoutez "
                + "une clause sociale ou motivez l'exception (facts.socialConsiderationsException).");
    }

    private static boolean hasSocialClause(SocialClause clause) {
        return clause != null && (clause.insertionHours() > 0
                || clause.description() != null && !clause.description().isBlank());
    }
}
