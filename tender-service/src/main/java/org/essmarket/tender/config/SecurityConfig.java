package org.essmarket.tender.config;

import static org.essmarket.platform.security.MarketplaceRoles.ADMIN;
import static org.essmarket.platform.security.MarketplaceRoles.BUYER;
import static org.essmarket.platform.security.MarketplaceRoles.SERVICE;

import org.essmarket.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call which endpoint of the tender service (DESIGN.md §5): anyone reads public tenders;
 * buyers write theirs; facilitators validate. Which tender a caller may see or change (its buyer
 * body) is checked by the use cases.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/mine").hasRole(BUYER)
                        // Public tenders; drafts are filtered by the use cases (404 to others).
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders", "/api/v1/tenders/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/publish", "/api/v1/tenders/*/reject")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders", "/api/v1/tenders/*/draft",
                                "/api/v1/tenders/*/submit", "/api/v1/tenders/*/cancel").hasRole(BUYER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/tenders/*").hasRole(BUYER)
                        // Service accounts only: the reindex feed for search, the demo data import.
                        .requestMatchers(HttpMethod.GET, "/internal/tenders").hasRole(SERVICE)
                        .requestMatchers(HttpMethod.POST, "/internal/seed/tenders").hasRole(SERVICE)
                        .anyRequest().denyAll())
                .build();
    }
}
