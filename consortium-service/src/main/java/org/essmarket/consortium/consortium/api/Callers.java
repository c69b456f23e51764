package org.essmarket.consortium.consortium.api;

import java.util.Set;

import org.essmarket.consortium.consortium.application.Caller;
import org.essmarket.consortium.integration.supplier.SupplierDirectory;
import org.essmarket.platform.security.MarketplaceRoles;
import org.essmarket.platform.security.RealmRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who calls, read from the bearer token (every endpoint here needs one) and, for a supplier's user,
 * the suppliers it acts for, asked of supplier-service once per request (down: 503, nothing shown).
 */
@Component
class Callers {

    /** The token claim naming the organisation (SIRET) a user acts for. */
    private static final String ORGANISATION_CLAIM = "organisation_siret";

    private final SupplierDirectory suppliers;

    Callers(SupplierDirectory suppliers) {
        this.suppliers = suppliers;
    }

    Caller of(Authentication user) {
        JwtAuthenticationToken token = (JwtAuthenticationToken) user;
        Set<String> roles = RealmRoles.of(token);
        Set<String> actingFor = roles.contains(MarketplaceRoles.SUPPLIER) ? suppliers.suppliersActedForBy(token.getName())
                : Set.of();
        return new Caller(token.getName(), roles, token.getToken().getClaimAsString(ORGANISATION_CLAIM), actingFor);
    }
}
