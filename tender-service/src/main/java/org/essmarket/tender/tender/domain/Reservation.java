package org.essmarket.tender.tender.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * Whom a lot is reserved for (code de la commande publique): nobody, structures employing disabled
 * workers (EA, EATT, ESAT — L2113-12), work-integration structures (SIAE — L2113-13), either of
 * both (L2113-14), or ESS companies for social services (L2113-15).
 */
public enum Reservation {
    NONE(null, null, Set.of()),
    DISABILITY("L2113-12", "entreprises adaptées, établissements et services d'aide par le travail et structures équivalentes",
            Kinds.DISABILITY),
    INSERTION("L2113-13", "structures d'insertion par l'activité économique et structures équivalentes", Kinds.SIAE),
    BOTH("L2113-14", "opérateurs mentionnés aux articles L2113-12 et L2113-13", Kinds.union(Kinds.DISABILITY, Kinds.SIAE)),
    ESS("L2113-15", "entreprises de l'économie sociale et solidaire (services sociaux, culturels et de santé)", Kinds.ESS);

    /** Supplier kinds (as supplier-service names them) that each reservation admits. */
    private static final class Kinds {
        static final Set<String> DISABILITY = Set.of("EA", "EATT", "ESAT");
        static final Set<String> SIAE = Set.of("EI", "AI", "ACI", "ETTI", "EITI");
        static final Set<String> ESS = Set.of("ESUS", "SCOP", "SCIC", "ASSOCIATION", "OTHER_ESS");

        static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }

    private final String article;
    private final String beneficiaries;
    private final Set<String> eligibleKinds;

    Reservation(String article, String beneficiaries, Set<String> eligibleKinds) {
        this.article = article;
        this.beneficiaries = beneficiaries;
        this.eligibleKinds = eligibleKinds;
    }

    /** Whether a supplier of these kinds may perform a lot under this reservation (anyone, for NONE). */
    public boolean admits(Set<String> supplierKinds) {
        return !isReserved() || supplierKinds.stream().anyMatch(eligibleKinds::contains);
    }

    /** The kinds this reservation admits; empty for NONE (which admits everyone). */
    public Set<String> eligibleKinds() {
        return eligibleKinds;
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
