package org.essmarket.tender.config;

import static org.essmarket.platform.security.MarketplaceRoles.ADMIN;
import static org.essmarket.platform.security.MarketplaceRoles.BUYER;
import static org.essmarket.platform.security.MarketplaceRoles.SUPPLIER;
import static org.essmarket.platform.security.ServiceCallers.CONSORTIUM_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.SEARCH_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.TENDER_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.only;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorizationManagers.anyOf;

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
                        // Open data (OCDS) of the tenders the caller may see, as above.
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/ocds").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/publish", "/api/v1/tenders/*/reject")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders", "/api/v1/tenders/*/draft",
                                "/api/v1/tenders/*/submit", "/api/v1/tenders/*/cancel").hasRole(BUYER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/tenders/*").hasRole(BUYER)
                        // Bids: suppliers alone, groupements through consortium-service (no other service); the
                        // buyer reads them after the deadline and awards lots. Sealing is checked by the use cases.
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/bids", "/api/v1/tenders/*/bids/*/withdraw",
                                "/api/v1/tenders/*/bids/*/documents")
                        .access(anyOf(hasAnyRole(SUPPLIER), only(CONSORTIUM_SERVICE)))
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/bids", "/api/v1/tenders/*/bids/*",
                                "/api/v1/tenders/*/bids/*/documents", "/api/v1/tenders/*/bids/*/documents/*")
                        .access(anyOf(hasAnyRole(SUPPLIER, BUYER, ADMIN), only(CONSORTIUM_SERVICE)))
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/lots/*/award").hasRole(BUYER)
                        // Who bids with whom, for consortium-service's early R2142-21 check; never routed by the gateway.
                        .requestMatchers(HttpMethod.GET, "/internal/tenders/*/bidders").access(only(CONSORTIUM_SERVICE))
                        // A member leaving a groupement's bid through an approved change (R2142-26).
                        .requestMatchers(HttpMethod.DELETE, "/internal/tenders/*/bids/*/tenderers/*")
                        .access(only(CONSORTIUM_SERVICE))
                        // Tender documents (DCE), public Q&A and supplier interest. Which tender a caller
                        // may see, and that only its buyer body writes, is checked by the use cases.
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/documents",
                                "/api/v1/tenders/*/documents/*", "/api/v1/tenders/*/questions").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/documents").hasRole(BUYER)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/tenders/*/documents/*").hasRole(BUYER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/questions").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/tenders/*/questions/*/answer").hasRole(BUYER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/views").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/tenders/*/interest").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/interest/mine").hasRole(SUPPLIER)
                        // The buyer body's and facilitators' report: 404 or 403 from the use case.
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/interest").authenticated()
                        // The legal checks, likewise for the buyer body and facilitators.
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenders/*/compliance").authenticated()
                        // Service accounts only: the reindex feed for search, the demo data import (as
                        // tender-service itself, ./marketplace seed).
                        .requestMatchers(HttpMethod.GET, "/internal/tenders").access(only(SEARCH_SERVICE))
                        .requestMatchers(HttpMethod.POST, "/internal/seed/tenders").access(only(TENDER_SERVICE))
                        .anyRequest().denyAll())
                .build();
    }
}
