package org.essmarket.supplier.supplier.domain;

/** How a supplier entered the directory. */
public enum SupplierOrigin {
    /** Registered by one of its own people. */
    REGISTERED,
    /** Imported from the public list of SIAE structures (not yet claimed by its people). */
    SIAE_IMPORT,
    /** Imported from the FINESS list of ESAT sites (not yet claimed by its people). */
    ESAT_IMPORT,
    /** Added by hand for demonstrations: not a real structure. */
    DEMO
}
