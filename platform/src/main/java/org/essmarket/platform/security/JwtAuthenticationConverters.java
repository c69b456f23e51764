package org.essmarket.platform.security;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** One place that says how a Keycloak access token becomes a Spring Security principal. */
public final class JwtAuthenticationConverters {

    private JwtAuthenticationConverters() {
    }

    /** Principal name = the Keycloak subject ({@code sub}); authorities = realm roles. */
    public static JwtAuthenticationConverter keycloak() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakRealmRoleConverter());
        converter.setPrincipalClaimName("sub");
        return converter;
    }
}
