package org.essmarket.tender.tender.application;

import java.util.Set;

/**
 * Who is asking: a Keycloak subject (null when anonymous), its realm roles, and the SIRET of the
 * organisation it acts for (the token's {@code organisation_siret} claim; null when it has none).
 */
public record Caller(String userId, Set<String> roles, String organisationSiret) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public boolean isSignedIn() {
        return userId != null;
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isBuyer() {
        return roles.contains("buyer");
    }

    public boolean isSupplier() {
        return roles.contains("supplier");
    }

    /** Another service of the marketplace (client-credentials), e.g. consortium-service bidding for a groupement. */
    public boolean isService() {
        return roles.contains("service");
    }

    /** Whether the caller is a buyer acting for this buyer body. */
    public boolean actsFor(String buyerSiret) {
        return isBuyer() && organisationSiret != null && organisationSiret.equals(buyerSiret);
    }
}
