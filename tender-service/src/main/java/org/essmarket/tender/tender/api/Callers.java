package org.essmarket.tender.tender.api;

import org.essmarket.platform.security.RealmRoles;
import org.essmarket.tender.tender.application.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who calls, as every controller of the service reads it from the bearer token. */
public final class Callers {

    /** The token claim naming the organisation (SIRET) a user acts for. */
    static final String ORGANISATION_CLAIM = "organisation_siret";

    private Callers() {
    }

    /** The signed-in user (Keycloak subject, realm roles, organisation it acts for), or anonymous. */
    public static Caller of(Authentication user) {
        if (!(user instanceof JwtAuthenticationToken token)) {
            return Caller.ANONYMOUS;
        }
        return new Caller(token.getName(), RealmRoles.of(token),
                token.getToken().getClaimAsString(ORGANISATION_CLAIM));
    }
}
