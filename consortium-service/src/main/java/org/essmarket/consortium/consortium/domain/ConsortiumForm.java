package org.essmarket.consortium.consortium.domain;

/** The legal form of a groupement (R2142-19 to R2142-22 of the French public procurement code). */
public enum ConsortiumForm {
    /** Each member commits only to its own share of the work. */
    CONJOINT,
    /** Every member is liable for the whole contract. */
    SOLIDAIRE,
    /** Conjoint, with a mandataire (lead) jointly liable for the others. */
    CONJOINT_WITH_JOINTLY_LIABLE_LEAD
}
