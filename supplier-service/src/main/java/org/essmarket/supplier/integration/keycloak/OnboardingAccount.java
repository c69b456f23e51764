package org.essmarket.supplier.integration.keycloak;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak client supplier-service grants roles with (README "The onboarding account"): its
 * own confidential client, apart from the service account that calls other services, because it
 * holds an admin permission the other has no business with.
 *
 * @param tokenUri the realm's token endpoint; Keycloak's address and the realm's name are read from it
 * @param supplierRoleId the id of the realm role {@code supplier}, fixed in the realm file: the
 *        account may map that role but not read roles, so it cannot look the id up
 */
@ConfigurationProperties("essmarket.onboarding-account")
public record OnboardingAccount(String clientId, String clientSecret, URI tokenUri, String supplierRoleId,
        Duration connectTimeout, Duration readTimeout) {

    private static final String REALMS = "/realms/";

    /** Keycloak's base address, e.g. {@code http://127.0.0.1:8180}. */
    public String serverUrl() {
        String uri = tokenUri.toString();
        return uri.substring(0, requireRealmPath(uri));
    }

    /** The realm's name, e.g. {@code marketplace}. */
    public String realm() {
        String uri = tokenUri.toString();
        String rest = uri.substring(requireRealmPath(uri) + REALMS.length());
        return rest.substring(0, rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
    }

    private static int requireRealmPath(String uri) {
        int at = uri.indexOf(REALMS);
        if (at < 0) {
            throw new IllegalStateException("essmarket.onboarding-account.token-uri must be a Keycloak realm's token "
                    + "endpoint (…/realms/<realm>/protocol/openid-connect/token), not " + uri);
        }
        return at;
    }
}
