package org.essmarket.devstack.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DemoUsers.TEST_CLIENT);
        form.put("client_secret", DemoUsers.TEST_CLIENT_SECRET);
        form.put("username", user.username());
        form.put("password", user.password());
        form.put("scope", "openid");
        return ClientCredentials.token(issuer, form);
    }

    /** The Keycloak subject (user id) a token is for. */
    public static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return ApiClient.JSON.readTree(payload).get("sub").asString();
    }

    /** A service account's token (client credentials). */
    public static String forClient(String clientId, String secret) {
        return ClientCredentials.serviceToken(DevStack.issuerUri(), clientId, secret);
    }
}
