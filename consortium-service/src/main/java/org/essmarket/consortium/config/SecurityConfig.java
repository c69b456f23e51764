package org.essmarket.consortium.config;

import static org.essmarket.platform.security.MarketplaceRoles.BUYER;
import static org.essmarket.platform.security.MarketplaceRoles.SUPPLIER;

import org.essmarket.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Groupements are the suppliers' own workspace; a tender's buyer only reads and decides the change
 * requests of a submitted groupement (R2142-26). Which groupement a caller may see or change (its
 * members, its lead, the buyer body of its tender) is checked by the use cases.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/consortia/*/change-requests").hasAnyRole(SUPPLIER, BUYER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/consortia/*/change-requests/*/decision").hasRole(BUYER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/consortia", "/api/v1/consortia/*",
                                "/api/v1/consortia/*/messages", "/api/v1/consortia/*/suggestions").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/consortia", "/api/v1/consortia/*/members",
                                "/api/v1/consortia/*/members/*/answer", "/api/v1/consortia/*/members/*/habilitation",
                                "/api/v1/consortia/*/members/*/leave",
                                "/api/v1/consortia/*/members/*/withdraw-invitation", "/api/v1/consortia/*/lead",
                                "/api/v1/consortia/*/submit", "/api/v1/consortia/*/messages",
                                "/api/v1/consortia/*/change-requests").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/consortia/*/members/*").hasRole(SUPPLIER)
                        .anyRequest().denyAll())
                .build();
    }
}
