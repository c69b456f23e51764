package org.essmarket.supplier.supplier.domain;

/**
 * What kind of ESS structure a supplier is (one supplier may be several). Kinds decide who may bid
 * on reserved lots (DESIGN.md §3): disability companies for L2113-12, SIAE for L2113-13.
 */
public enum SupplierKind {
    /** Entreprise d'insertion (SIAE). */
    EI,
    /** Association intermédiaire (SIAE). */
    AI,
    /** Atelier et chantier d'insertion (SIAE). */
    ACI,
    /** Entreprise de travail temporaire d'insertion (SIAE). */
    ETTI,
    /** Entreprise d'insertion par le travail indépendant (SIAE). */
    EITI,
    /** Groupement d'employeurs pour l'insertion et la qualification. */
    GEIQ,
    /** Entreprise adaptée (disabled workers). */
    EA,
    /** Entreprise adaptée de travail temporaire. */
    EATT,
    /** Établissement et service d'aide par le travail (sheltered workshop). */
    ESAT,
    /** Structure employing people with disabilities under another status. */
    SEP,
    /** Entreprise solidaire d'utilité sociale (approval). */
    ESUS,
    SCOP,
    SCIC,
    ASSOCIATION,
    OTHER_ESS;

    /** Structures d'insertion par l'activité économique: may bid on INSERTION lots (L2113-13). */
    public boolean isSiae() {
        return this == EI || this == AI || this == ACI || this == ETTI || this == EITI;
    }

    /** May bid on DISABILITY lots (L2113-12). */
    public boolean isDisabilityCompany() {
        return this == EA || this == EATT || this == ESAT;
    }
}
