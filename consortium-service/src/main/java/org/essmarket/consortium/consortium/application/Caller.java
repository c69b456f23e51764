package org.essmarket.consortium.consortium.application;

import java.util.Set;

/**
 * Who is asking: a Keycloak subject, its realm roles, the SIRET of the organisation it acts for (the
 * token's {@code organisation_siret} claim: a buyer's buyer body), and {@code actingFor}, the
 * suppliers a supplier's user is a member of as supplier-service says at this request (empty for
 * anyone else): groupements are read and managed by these, never by a copy of their users.
 */
public record Caller(String userId, Set<String> roles, String organisationSiret, Set<String> actingFor) {

    public Caller {
        actingFor = actingFor == null ? Set.of() : Set.copyOf(actingFor);
    }

    /** Whether the caller is a buyer acting for this buyer body. */
    public boolean actsFor(String buyerSiret) {
        return roles.contains("buyer") && organisationSiret != null && organisationSiret.equals(buyerSiret);
    }
}
