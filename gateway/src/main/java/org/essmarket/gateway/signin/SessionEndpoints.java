package org.essmarket.gateway.signin;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essmarket.platform.security.MarketplaceRoles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** What the web app asks the gateway about its user, and where it sends them to sign in (DESIGN.md §8). */
@RestController
class SessionEndpoints {

    static final String RETURN_TO_ATTRIBUTE = SessionEndpoints.class.getName() + ".returnTo";

    /** The realm roles the web app acts on; Keycloak's own (default-roles-…, offline_access) are left out. */
    private static final Set<String> MARKETPLACE_ROLES = Set.of(MarketplaceRoles.BUYER, MarketplaceRoles.SUPPLIER,
            MarketplaceRoles.ADMIN);

    /** The signed-in user, for the web app's menus: never a token. */
    record SessionView(boolean authenticated, String userId, String username, String name, String email,
            List<String> roles, String organisationSiret) {

        static final SessionView ANONYMOUS = new SessionView(false, null, null, null, null, null, null);

        static SessionView of(OidcUser user) {
            return new SessionView(true, user.getSubject(), user.getPreferredUsername(), user.getFullName(),
                    user.getEmail(), realmRoles(user), user.getClaimAsString("organisation_siret"));
        }

        private static List<String> realmRoles(OidcUser user) {
            Map<String, Object> realmAccess = user.getClaimAsMap("realm_access");
            if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
                return List.of();
            }
            return roles.stream().map(String::valueOf).filter(MARKETPLACE_ROLES::contains).sorted().toList();
        }
    }

    @GetMapping("/web/session")
    Mono<ResponseEntity<SessionView>> session(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .map(token -> ((OAuth2AuthenticationToken) token).getPrincipal())
                .filter(OidcUser.class::isInstance)
                .map(user -> SessionView.of((OidcUser) user))
                .defaultIfEmpty(SessionView.ANONYMOUS)
                .map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view));
    }

    /** Off to Keycloak's login page; back to {@code returnTo} afterwards when it is a path of this site. */
    @GetMapping("/web/login")
    Mono<ResponseEntity<Void>> login(@RequestParam(required = false) String returnTo, ServerWebExchange exchange) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(RETURN_TO_ATTRIBUTE, ReturnTo.sanitize(returnTo)))
                .thenReturn(ResponseEntity.status(HttpStatus.FOUND)
                        .location(URI.create("/oauth2/authorization/" + SignInConfiguration.REGISTRATION_ID))
                        .cacheControl(CacheControl.noStore())
                        .build());
    }
}
