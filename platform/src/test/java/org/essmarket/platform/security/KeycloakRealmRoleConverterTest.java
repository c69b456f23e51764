package org.essmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRealmRoleConverterTest {

    private final KeycloakRealmRoleConverter converter = new KeycloakRealmRoleConverter();

    @Test
    void maps_realm_roles_to_role_authorities() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("buyer", "offline_access"))));

        assertThat(converter.convert(token)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_buyer", "ROLE_offline_access");
    }

    @Test
    void ignores_client_roles_and_tokens_without_realm_roles() {
        Jwt clientRolesOnly = token(Map.of("resource_access",
                Map.of("marketplace-web", Map.of("roles", List.of("admin")))));

        assertThat(converter.convert(clientRolesOnly)).isEmpty();
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
