package org.essmarket.consortium.consortium.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * Whom a lot is reserved for, as tender-service publishes it, with the article that allows it and
 * the supplier kinds (as supplier-service names them) it admits.
 */
public enum Reservation {
    NONE(null, Set.of()),
    DISABILITY("L2113-12", Kinds.DISABILITY),
    INSERTION("L2113-13", Kinds.SIAE),
    BOTH("L2113-14", Kinds.union(Kinds.DISABILITY, Kinds.SIAE)),
    ESS("L2113-15", Kinds.ESS);

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
    private final Set<String> eligibleKinds;

    Reservation(String article, Set<String> eligibleKinds) {
        this.article = article;
        this.eligibleKinds = eligibleKinds;
    }

    public boolean admits(Set<String> supplierKinds) {
        return this == NONE || supplierKinds.stream().anyMatch(eligibleKinds::contains);
    }

    /** The kinds admitted; empty for NONE, which admits everyone. */
    public Set<String> eligibleKinds() {
        return eligibleKinds;
    }

    public String article() {
        return article;
    }
}
