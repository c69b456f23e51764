package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;

import org.essmarket.tender.compliance.domain.EuThresholds.Threshold;
import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * I1 — where the notice must go, by estimated value (information, never a refusal): no publicity
 * required below the R2122-8 threshold (supplies and services, works); free form below 90,000 €;
 * from 90,000 € to the EU threshold, the BOAMP or a legal-notices journal for the State and local
 * authorities (R2131-12); at or above the EU threshold, the BOAMP and the JOUE (R2131-16).
 */
public class PublicityRule implements ComplianceRule {

    @Override
    public String id() {
        return "I1";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        TenderTerms terms = tender.terms();
        BigDecimal value = terms.totalValue();
        if (value == null) {
            return null;
        }
        Threshold eu = catalogue.thresholdsOn(tender.launch()).of(terms.facts(), terms.nature());
        BigDecimal noPublicity = BigDecimal.valueOf(reference.figure(terms.nature() == Nature.WORKS
                ? "noPublicityWorks" : "noPublicitySuppliesServices"));
        BigDecimal legalJournal = BigDecimal.valueOf(reference.figure("legalJournalFrom"));
        String says = "Valeur estimée " + Texts.euros(value);
        if (value.compareTo(eu.amount()) >= 0) {
            return Outcome.info(says + " (seuil européen des " + eu.kind() + " : " + Texts.euros(eu.amount()) + ")",
                    "Avis de marché au BOAMP et au Journal officiel de l'Union européenne (R2131-16).");
        }
        if (value.compareTo(legalJournal) >= 0) {
            BuyerType buyer = terms.facts().buyerType();
            boolean stateOrLocal = buyer == BuyerType.CENTRAL_GOVERNMENT || buyer == BuyerType.LOCAL_AUTHORITY;
            return Outcome.info(says, stateOrLocal
                    ? "Avis de marché au BOAMP ou dans un journal habilité à recevoir des annonces légales (R2131-12)."
                    : "Publicité adaptée librement choisie ; l'État et les collectivités territoriales publient au BOAMP "
                            + "ou dans un journal d'annonces légales à partir de " + Texts.euros(legalJournal)
                            + " (R2131-12).");
        }
        if (value.compareTo(noPublicity) >= 0) {
            return Outcome.info(says, "Publicité adaptée à la valeur et à l'objet du marché, librement choisie (R2131-12).");
        }
        return Outcome.info(says, "En dessous de " + Texts.euros(noPublicity) + ", ni publicité ni mise en concurrence "
                + "préalables ne sont obligatoires (R2122-8) : la publication sur ESS Market est un choix.");
    }
}
