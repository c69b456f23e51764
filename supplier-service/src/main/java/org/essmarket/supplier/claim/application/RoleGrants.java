package org.essmarket.supplier.claim.application;

/** Grants a user the realm role that lets them act as a supplier (Keycloak, through a least-privilege account). */
public interface RoleGrants {

    /** Idempotent; throws {@link ClaimExceptions.AccountsUnavailable} when the accounts server cannot be reached. */
    void grantSupplierRole(String userId);
}
