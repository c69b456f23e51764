package org.essmarket.tender.compliance.domain;

/**
 * C2 — L2112-2 as the loi Climat et Résilience (art. 35) wrote it: the execution conditions take
 * environmental considerations into account. Defence and security contracts are excepted.
 */
public class EnvironmentalConditionRule implements ComplianceRule {

    @Override
    public String id() {
        return "C2";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        if (tender.terms().facts().defenceOrSecurity()) {
            return null;
        }
        String clause = tender.terms().environmentalClause();
        if (clause != null && !clause.isBlank()) {
            return Outcome.compliant("Clause environnementale : " + clause, "Les conditions d'exécution prennent en "
                    + "compte des considérations relatives à l'environnement.");
        }
        return Outcome.warning("Aucune clause environnementale", "Les conditions d'exécution doivent prendre en compte "
                + "des considérations relatives à l'environnement : ajoutez une clause environnementale.");
    }
}
