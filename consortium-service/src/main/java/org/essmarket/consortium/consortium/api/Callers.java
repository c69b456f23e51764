package org.essmarket.consortium.consortium.api;

import org.essmarket.consortium.consortium.application.Caller;
import org.essmarket.platform.security.RealmRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who calls, read from the bearer token (every endpoint here needs one). */
final class Callers {

    /** The token claim naming the organisation (SIRET) a user acts for. */
    private static final String ORGANISATION_CLAIM = "organisation_siret";

    private Callers() {
    }

    static Caller of(Authentication user) {
        JwtAuthenticationToken token = (JwtAuthenticationToken) user;
        return new Caller(token.getName(), RealmRoles.of(token), token.getToken().getClaimAsString(ORGANISATION_CLAIM));
    }
}
