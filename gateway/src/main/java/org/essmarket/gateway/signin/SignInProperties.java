package org.essmarket.gateway.signin;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway as Keycloak's confidential client for the web app's sign-in ({@code essmarket.sign-in.*}).
 *
 * @param clientId     the realm's client of the gateway ({@code marketplace-gateway})
 * @param clientSecret its secret
 * @param issuerUri    the realm as browsers see it: Keycloak's login and logout pages are under it
 * @param tokenUri     where the gateway exchanges codes and refreshes tokens (may be an in-network address)
 * @param jwkSetUri    where it fetches the keys that sign ID tokens (may be an in-network address)
 */
@ConfigurationProperties("essmarket.sign-in")
public record SignInProperties(String clientId, String clientSecret, URI issuerUri, URI tokenUri, URI jwkSetUri) {

    /** Keycloak's login page (OIDC authorization endpoint), reached by the browser. */
    URI authorizationUri() {
        return URI.create(issuerUri + "/protocol/openid-connect/auth");
    }

    /** Keycloak's RP-initiated logout (OIDC end_session_endpoint), reached by the browser. */
    URI endSessionUri() {
        return URI.create(issuerUri + "/protocol/openid-connect/logout");
    }

    /** {@code scheme://host[:port]} of Keycloak's pages, which the web pages' forms may post to. */
    public String keycloakOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getRawAuthority();
    }
}
