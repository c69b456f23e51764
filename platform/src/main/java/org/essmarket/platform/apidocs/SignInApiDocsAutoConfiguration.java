package org.essmarket.platform.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Every service's OpenAPI document says how to sign in: Keycloak's authorization-code flow (the
 * gateway's Swagger UI runs it with PKCE, as the public web client), with the issuer as browsers
 * see it. Operations open to anonymous callers still work without it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class SignInApiDocsAutoConfiguration {

    /** The scheme's name in the documents. */
    public static final String KEYCLOAK = "keycloak";

    @Bean
    OpenApiCustomizer keycloakSignIn(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String openIdConnect = issuer.replaceAll("/$", "") + "/protocol/openid-connect";
        SecurityScheme keycloak = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Sign in with your ESS Market account (Keycloak)")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(openIdConnect + "/auth")
                        .tokenUrl(openIdConnect + "/token")
                        .scopes(new Scopes().addString("openid", "your identity"))));
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(KEYCLOAK, keycloak);
            openApi.addSecurityItem(new SecurityRequirement().addList(KEYCLOAK, "openid"));
        };
    }
}
