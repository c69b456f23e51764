package org.essmarket.consortium.consortium.application;

import java.util.Set;

/**
 * Who is asking: a Keycloak subject, its realm roles, and the SIRET of the organisation it acts for
 * (the token's {@code organisation_siret} claim: a buyer's buyer body).
 */
public record Caller(String userId, Set<String> roles, String organisationSiret) {

    /** Whether the caller is a buyer acting for this buyer body. */
    public boolean actsFor(String buyerSiret) {
        return roles.contains("buyer") && organisationSiret != null && organisationSiret.equals(buyerSiret);
    }
}
