package org.essmarket.search.tenders.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.essmarket.search.catalogue.domain.SupplierKind;

/**
 * A lot reserved for some structures of the social economy (DESIGN.md §3, Code de la commande
 * publique), and the supplier kinds that may bid for it.
 */
public enum Reservation {
    /** L2113-12: adapted companies and ESAT. */
    DISABILITY(EnumSet.of(SupplierKind.EA, SupplierKind.EATT, SupplierKind.ESAT)),
    /** L2113-13: the SIAE. */
    INSERTION(EnumSet.of(SupplierKind.EI, SupplierKind.AI, SupplierKind.ACI, SupplierKind.ETTI, SupplierKind.EITI)),
    /** L2113-14: either of the above. */
    BOTH(EnumSet.of(SupplierKind.EA, SupplierKind.EATT, SupplierKind.ESAT, SupplierKind.EI, SupplierKind.AI,
            SupplierKind.ACI, SupplierKind.ETTI, SupplierKind.EITI)),
    /** L2113-15: ESS companies (social services only). */
    ESS(EnumSet.of(SupplierKind.ESUS, SupplierKind.SCOP, SupplierKind.SCIC, SupplierKind.ASSOCIATION,
            SupplierKind.OTHER_ESS));

    private final Set<SupplierKind> eligibleKinds;

    Reservation(Set<SupplierKind> eligibleKinds) {
        this.eligibleKinds = eligibleKinds;
    }

    public Set<SupplierKind> eligibleKinds() {
        return EnumSet.copyOf(eligibleKinds);
    }

    /** Whether a supplier of these kinds may bid for a lot with this reservation. */
    public boolean admits(Set<SupplierKind> kinds) {
        return kinds.stream().anyMatch(eligibleKinds::contains);
    }

    /** The reservation named by its code, whatever its case; empty for NONE or anything else. */
    public static Optional<Reservation> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }
}
