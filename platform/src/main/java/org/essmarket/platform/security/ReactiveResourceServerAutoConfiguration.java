package org.essmarket.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;

import tools.jackson.databind.json.JsonMapper;

/** The same token rules for the reactive gateway as for the services. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ReactiveResourceServerAutoConfiguration {

    @Bean
    ReactiveJwtAuthenticationConverterAdapter reactiveJwtAuthenticationConverter() {
        return new ReactiveJwtAuthenticationConverterAdapter(JwtAuthenticationConverters.keycloak());
    }

    @Bean
    ReactiveProblemSecurityHandlers reactiveProblemSecurityHandlers(JsonMapper json) {
        return new ReactiveProblemSecurityHandlers(json);
    }
}
