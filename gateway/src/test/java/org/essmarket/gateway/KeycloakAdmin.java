package org.essmarket.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.essmarket.devstack.keycloak.ClientCredentials;
import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.test.DevStack;

/** What a Keycloak administrator does to a user, through Keycloak's admin API. */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** Ends every Keycloak session of the user, as "Sign out" in the admin console does. */
    static void endSessionsOf(String userId) throws Exception {
        String keycloak = DevStack.keycloakUrl().toString().replaceAll("/$", "");
        String admin = ClientCredentials.token(keycloak + "/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", KeycloakServer.ADMIN_CONSOLE_USER,
                "password", KeycloakServer.ADMIN_CONSOLE_USER));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(keycloak + "/admin/realms/marketplace/users/" + userId + "/logout"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not end the sessions: " + response.statusCode() + " " + response.body());
        }
    }
}
