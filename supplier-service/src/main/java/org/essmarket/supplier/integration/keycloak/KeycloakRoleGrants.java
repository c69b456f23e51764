package org.essmarket.supplier.integration.keycloak;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.essmarket.supplier.claim.application.ClaimExceptions.AccountsUnavailable;
import org.essmarket.supplier.claim.application.RoleGrants;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RoleRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Grants the realm role {@code supplier} through Keycloak's Admin API, as the onboarding account.
 * That account may map this one role to users and do nothing else (README "The onboarding account").
 */
@Component
@EnableConfigurationProperties(OnboardingAccount.class)
class KeycloakRoleGrants implements RoleGrants, DisposableBean {

    private static final String SUPPLIER_ROLE = "supplier";

    private final Keycloak keycloak;
    private final String realm;
    private final String supplierRoleId;

    KeycloakRoleGrants(OnboardingAccount account) {
        this.realm = account.realm();
        this.supplierRoleId = account.supplierRoleId();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(account.serverUrl())
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(account.clientId())
                .clientSecret(account.clientSecret())
                // A Keycloak that accepts and never answers fails the approval after these, not never.
                .resteasyClient(ClientBuilderWrapper.create(null, false)
                        .connectTimeout(account.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(account.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .register(JacksonProvider.class, 100)
                        .build())
                .build();
    }

    @Override
    public void grantSupplierRole(String userId) {
        // Keycloak maps a realm role by its id: the account may not read roles to find it.
        RoleRepresentation role = new RoleRepresentation();
        role.setId(supplierRoleId);
        role.setName(SUPPLIER_ROLE);
        try {
            keycloak.realm(realm).users().get(userId).roles().realmLevel().add(List.of(role));
        } catch (WebApplicationException | ProcessingException e) {
            throw new AccountsUnavailable("Keycloak did not grant the supplier role to " + userId + " ("
                    + e.getMessage() + "): the claim stays undecided, approve it again later", e);
        }
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
