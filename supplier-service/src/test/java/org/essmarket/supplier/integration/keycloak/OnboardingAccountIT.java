package org.essmarket.supplier.integration.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.ForbiddenException;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.DevStack;
import org.essmarket.supplier.KeycloakAccounts;
import org.essmarket.supplier.KeycloakAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The onboarding account against the real Keycloak and the realm file: it grants the realm role
 * supplier, and Keycloak refuses it everything else — the admin role, new rights for itself, reading
 * users, roles or the permissions that bound it.
 */
class OnboardingAccountIT {

    private static final String REALM = "marketplace";
    private static OnboardingAccount account;
    private static Keycloak asOnboardingAccount;
    private static Keycloak asMasterAdmin;

    @BeforeAll
    static void clients() {
        asMasterAdmin = KeycloakAccounts.masterAdmin();
        account = new OnboardingAccount(DemoUsers.ONBOARDING_CLIENT,
                DemoUsers.serviceClientSecret(DemoUsers.ONBOARDING_CLIENT),
                URI.create(DevStack.issuerUri() + "/protocol/openid-connect/token"), realmRole("supplier").getId(),
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        asOnboardingAccount = KeycloakBuilder.builder().serverUrl(account.serverUrl()).realm(REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(account.clientId())
                .clientSecret(account.clientSecret()).build();
    }

    @AfterAll
    static void close() {
        asOnboardingAccount.close();
        asMasterAdmin.close();
    }

    @Test
    void the_onboarding_account_grants_the_supplier_role_to_a_new_user() {
        Account user = KeycloakAccounts.newUser("atelier-onboarding.fr");
        assertThat(KeycloakAccounts.realmRolesOf(user.id())).doesNotContain("supplier");

        new KeycloakRoleGrants(account).grantSupplierRole(user.id());

        assertThat(KeycloakAccounts.realmRolesOf(user.id())).contains("supplier").doesNotContain("admin", "buyer");
    }

    @Test
    void the_onboarding_account_cannot_grant_admin_or_buyer() {
        Account user = KeycloakAccounts.newUser("atelier-onboarding.fr");
        RealmResource realm = asOnboardingAccount.realm(REALM);

        for (String role : List.of("admin", "buyer", "service")) {
            RoleRepresentation other = realmRole(role);
            assertThatThrownBy(() -> realm.users().get(user.id()).roles().realmLevel().add(List.of(other)))
                    .as(role).isInstanceOf(ForbiddenException.class);
        }
        assertThat(KeycloakAccounts.realmRolesOf(user.id())).doesNotContain("admin", "buyer", "service");
    }

    @Test
    void the_onboarding_account_cannot_give_itself_new_rights() {
        RealmResource adminView = asMasterAdmin.realm(REALM);
        String self = adminView.clients().findByClientId(DemoUsers.ONBOARDING_CLIENT).get(0).getId();
        String selfUser = adminView.clients().get(self).getServiceAccountUser().getId();
        String realmManagement = adminView.clients().findByClientId("realm-management").get(0).getId();
        RoleRepresentation manageUsers = adminView.clients().get(realmManagement).roles().get("manage-users")
                .toRepresentation();
        RealmResource realm = asOnboardingAccount.realm(REALM);

        assertThatThrownBy(() -> realm.users().get(selfUser).roles().realmLevel().add(List.of(realmRole("admin"))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.users().get(selfUser).roles().clientLevel(realmManagement)
                .add(List.of(manageUsers))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.clients().findByClientId("admin-permissions"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(adminView.users().get(selfUser).roles().getAll().getClientMappings()).isNullOrEmpty();
    }

    @Test
    void the_onboarding_account_reads_no_user_and_no_role() {
        Account user = KeycloakAccounts.newUser("atelier-onboarding.fr");
        RealmResource realm = asOnboardingAccount.realm(REALM);

        assertThatThrownBy(() -> realm.users().get(user.id()).toRepresentation())
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.users().search(user.email(), 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.roles().get("supplier").toRepresentation())
                .isInstanceOf(ForbiddenException.class);
    }

    private static RoleRepresentation realmRole(String name) {
        return asMasterAdmin.realm(REALM).roles().get(name).toRepresentation();
    }
}
