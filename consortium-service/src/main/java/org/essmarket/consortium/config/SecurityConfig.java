package org.essmarket.consortium.config;

import static org.essmarket.platform.security.MarketplaceRoles.SUPPLIER;

import org.essmarket.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Groupements are the suppliers' own workspace: buyers and facilitators have no business here. */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/consortia").hasRole(SUPPLIER)
                        .anyRequest().denyAll())
                .build();
    }
}
