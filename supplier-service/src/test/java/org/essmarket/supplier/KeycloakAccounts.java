package org.essmarket.supplier;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.keycloak.ClientCredentials;
import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.test.DevStack;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Accounts in the test Keycloak's marketplace realm, made and read as the master realm's
 * administrator: a brand-new user is what signs up (verified email, no business role).
 */
public final class KeycloakAccounts {

    /** A new user: its Keycloak id, email and a fresh access token (test client, password grant). */
    public record Account(String id, String email, String password) {

        public String token() {
            return ClientCredentials.userToken(DevStack.issuerUri(), DemoUsers.TEST_CLIENT,
                    DemoUsers.TEST_CLIENT_SECRET, email, password);
        }
    }

    private KeycloakAccounts() {
    }

    /** The master realm's administrator, through the Admin API client. */
    public static Keycloak masterAdmin() {
        return Keycloak.getInstance(DevStack.keycloakUrl().toString(), "master", KeycloakServer.ADMIN_CONSOLE_USER,
                KeycloakServer.ADMIN_CONSOLE_USER, "admin-cli");
    }

    /** Signs a new user up at {@code domain} with a verified email, as Keycloak's registration would. */
    public static Account newUser(String domain) {
        String email = "u" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName("Camille");
        user.setLastName("Martin");
        user.setEnabled(true);
        user.setEmailVerified(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Claims-" + UUID.randomUUID());
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Keycloak admin = masterAdmin(); Response created = admin.realm("marketplace").users().create(user)) {
            return new Account(CreatedResponseUtil.getCreatedId(created), email, password.getValue());
        }
    }

    /** The names of the realm roles the user has now. */
    public static List<String> realmRolesOf(String userId) {
        try (Keycloak admin = masterAdmin()) {
            return admin.realm("marketplace").users().get(userId).roles().realmLevel().listEffective().stream()
                    .map(RoleRepresentation::getName).toList();
        }
    }
}
