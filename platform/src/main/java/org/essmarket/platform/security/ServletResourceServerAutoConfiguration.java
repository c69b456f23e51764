package org.essmarket.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import tools.jackson.databind.json.JsonMapper;

/** Resource-server beans for the servlet services; each service composes them in its own SecurityFilterChain. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServletResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        return JwtAuthenticationConverters.keycloak();
    }

    @Bean
    ServletProblemSecurityHandlers servletProblemSecurityHandlers(JsonMapper json) {
        return new ServletProblemSecurityHandlers(json);
    }

    @Bean
    ResourceServerSecurity resourceServerSecurity(JwtAuthenticationConverter converter,
            ServletProblemSecurityHandlers handlers) {
        return new ResourceServerSecurity(converter, handlers);
    }
}
