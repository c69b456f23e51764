package org.essmarket.devstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class KeycloakServerTest {

    /** ${VAR} without a default: Keycloak keeps it as text when VAR is unset (a secret would be "${VAR}"). */
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    @Test
    void the_local_platform_and_the_tests_give_every_required_placeholder_of_the_base_realm() throws IOException {
        String realm;
        try (InputStream in = KeycloakServer.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> required = new TreeSet<>();
        Matcher placeholder = REQUIRED_PLACEHOLDER.matcher(realm);
        while (placeholder.find()) {
            required.add(placeholder.group(1));
        }

        assertThat(required).contains("GATEWAY_CLIENT_SECRET", "ESS_MARKET_WEB_ORIGIN");
        assertThat(KeycloakServer.realmEnvironment(1025).keySet()).containsAll(required);
        assertThat(KeycloakServer.realmEnvironment(8080, 1025).keySet()).containsAll(required);
    }

    @Test
    void the_swagger_ui_client_is_allowed_the_local_gateway_origins_exactly() {
        assertThat(KeycloakServer.realmEnvironment(9080, 1025))
                .containsEntry("ESS_MARKET_SWAGGER_UI_ORIGIN", "http://127.0.0.1:9080")
                .containsEntry("ESS_MARKET_SWAGGER_UI_ORIGIN_ALIAS", "http://localhost:9080");
    }
}
