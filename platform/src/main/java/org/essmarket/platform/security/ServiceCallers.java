package org.essmarket.platform.security;

import java.util.Set;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Which of the marketplace's services may call an endpoint: the realm role {@code service} says only
 * that a token is some service's, so each endpoint also names the Keycloak clients it serves — the
 * token's {@code azp}, the client it was issued to. A service's client id is its application name
 * (platform-defaults.yml, the realm file). Combine with user roles through {@code AuthorizationManagers.anyOf}.
 */
public final class ServiceCallers {

    public static final String SUPPLIER_SERVICE = "supplier-service";
    public static final String TENDER_SERVICE = "tender-service";
    public static final String CONSORTIUM_SERVICE = "consortium-service";
    public static final String SEARCH_SERVICE = "search-service";

    private ServiceCallers() {
    }

    /** Service accounts of these clients only. */
    public static <T> AuthorizationManager<T> only(String... clientIds) {
        Set<String> callers = Set.of(clientIds);
        return (authentication, object) -> new AuthorizationDecision(isOneOf(authentication.get(), callers));
    }

    private static boolean isOneOf(Authentication caller, Set<String> clientIds) {
        return caller instanceof JwtAuthenticationToken token
                && RealmRoles.of(token).contains(MarketplaceRoles.SERVICE)
                && clientIds.contains(token.getToken().getClaimAsString("azp"));
    }
}
