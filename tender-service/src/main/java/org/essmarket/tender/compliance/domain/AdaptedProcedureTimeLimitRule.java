package org.essmarket.tender.compliance.domain;

import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * T2 — an adapted procedure has no legal minimum time limit, but the buyer gives "a sufficient time"
 * for the offers (R2143-1, R2151-1; CE 5 août 2009, n° 307117): under the reference file's number of
 * days it is a warning, never a refusal.
 */
public class AdaptedProcedureTimeLimitRule implements ComplianceRule {

    @Override
    public String id() {
        return "T2";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        TenderTerms terms = tender.terms();
        if (terms.procedure() != Procedure.MAPA || terms.deadline() == null) {
            return null;
        }
        long days = TimeLimits.days(tender);
        long sufficient = reference.figure("sufficientDays");
        String says = TimeLimits.says(tender, days);
        if (days >= sufficient) {
            return Outcome.compliant(says, "Le délai laissé aux candidats paraît suffisant.");
        }
        return Outcome.warning(says, "En procédure adaptée, le délai doit être suffisant pour préparer une offre : "
                + "moins de " + sufficient + " jours est court au regard de la jurisprudence (CE, 5 août 2009, "
                + "n° 307117). Allongez-le ou justifiez-le.");
    }
}
