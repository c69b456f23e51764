package org.essmarket.platform.security;

/** The Keycloak realm roles of the marketplace (DESIGN.md §5), as used in {@code hasRole(..)}. */
public final class MarketplaceRoles {
    public static final String BUYER = "buyer";
    public static final String SUPPLIER = "supplier";
    /** Facilitators who verify suppliers and validate tenders. */
    public static final String ADMIN = "admin";
    /** Service accounts (client credentials), the only callers of {@code /internal/**}. */
    public static final String SERVICE = "service";

    private MarketplaceRoles() {
    }
}
