package org.essmarket.devstack.test;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.keycloak.ClientCredentials;

/** Real access tokens from the test Keycloak, as clients obtain them. */
public final class Tokens {

    private Tokens() {
    }

    /** A demo user's token (password grant of the confidential test client). */
    public static String forUser(DemoUser user) {
        return forUser(user, DevStack.issuerUri());
    }

    /** A demo user's token from the Keycloak of this issuer (a platform a test launched itself). */
    public static String forUser(DemoUser user, String issuer) {
        return ClientCredentials.userToken(issuer, DemoUsers.TEST_CLIENT, DemoUsers.TEST_CLIENT_SECRET, user.username(),
                user.password());
    }

    /** The Keycloak subject (user id) a token is for. */
    public static String subjectOf(String token) {
        return ClientCredentials.subjectOf(token);
    }

    /** A service account's token (client credentials). */
    public static String forClient(String clientId, String secret) {
        return ClientCredentials.serviceToken(DevStack.issuerUri(), clientId, secret);
    }
}
