package org.essmarket.supplier.supplier.domain;

/** Where a supplier stands in the directory: only VERIFIED suppliers are shown to the public. */
public enum SupplierStatus {
    /** Registered, waiting for a facilitator to check it. */
    PENDING,
    VERIFIED,
    REJECTED,
    /** Removed from the public directory after having been verified. */
    DELISTED
}
