package org.essmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

class ServiceCallersTest {

    private final AuthorizationManager<Object> consortiumOnly = ServiceCallers.only(ServiceCallers.CONSORTIUM_SERVICE);

    @Test
    void a_service_token_is_let_in_only_by_the_endpoints_naming_its_client() {
        assertThat(allowed(consortiumOnly, token("consortium-service", "service"))).isTrue();
        assertThat(allowed(consortiumOnly, token("search-service", "service"))).as("another service").isFalse();
        assertThat(allowed(consortiumOnly, token("consortium-service", "supplier")))
                .as("the client without the service role").isFalse();
        assertThat(allowed(consortiumOnly, null)).as("anonymous").isFalse();
    }

    @Test
    void a_service_may_be_one_of_several_callers() {
        AuthorizationManager<Object> tenderers = ServiceCallers.only(ServiceCallers.TENDER_SERVICE,
                ServiceCallers.CONSORTIUM_SERVICE);

        assertThat(allowed(tenderers, token("tender-service", "service"))).isTrue();
        assertThat(allowed(tenderers, token("consortium-service", "service"))).isTrue();
        assertThat(allowed(tenderers, token("search-service", "service"))).isFalse();
    }

    private static boolean allowed(AuthorizationManager<Object> manager, Authentication caller) {
        return manager.authorize(() -> caller, new Object()).isGranted();
    }

    private static Authentication token(String azp, String role) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-" + azp).claim("azp", azp)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return JwtAuthenticationConverters.keycloak().convert(jwt);
    }
}
