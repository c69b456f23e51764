package org.essmarket.tender.tender.domain;

/**
 * Whom a lot is reserved for (code de la commande publique): nobody, structures employing disabled
 * workers (EA, EATT, ESAT — L2113-12), work-integration structures (SIAE — L2113-13), either of
 * both (L2113-14), or ESS companies for social services (L2113-15).
 */
public enum Reservation {
    NONE(null, null),
    DISABILITY("L2113-12", "entreprises adaptées, établissements et services d'aide par le travail et structures équivalentes"),
    INSERTION("L2113-13", "structures d'insertion par l'activité économique et structures équivalentes"),
    BOTH("L2113-14", "opérateurs mentionnés aux articles L2113-12 et L2113-13"),
    ESS("L2113-15", "entreprises de l'économie sociale et solidaire (services sociaux, culturels et de santé)");

    private final String article;
    private final String beneficiaries;

    Reservation(String article, String beneficiaries) {
        this.article = article;
        this.beneficiaries = beneficiaries;
    }

    /** The article of the code de la commande publique that allows the reservation; null for NONE. */
    public String article() {
        return article;
    }

    public boolean isReserved() {
        return this != NONE;
    }

    /** The sentence the public notice carries, citing the article; null for NONE. */
    public String legalNotice() {
        if (!isReserved()) {
            return null;
        }
        return "Marché réservé aux " + beneficiaries + " (article " + article + " du code de la commande publique).";
    }
}
