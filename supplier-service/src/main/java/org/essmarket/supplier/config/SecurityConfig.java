package org.essmarket.supplier.config;

import static org.essmarket.platform.security.MarketplaceRoles.ADMIN;
import static org.essmarket.platform.security.MarketplaceRoles.SUPPLIER;
import static org.essmarket.platform.security.ServiceCallers.CONSORTIUM_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.SEARCH_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.SUPPLIER_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.TENDER_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.only;

import org.essmarket.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call which endpoint of the supplier directory (DESIGN.md §5). Which supplier a caller
 * may change (membership) is checked by the use cases.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/mine").hasRole(SUPPLIER)
                        // Claims: any signed-in user claims a structure and reads their claims (a new account
                        // has no business role yet); facilitators read the queue and decide.
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/claims").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers/claims/*/approve",
                                "/api/v1/suppliers/claims/*/reject").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/claims/mine", "/api/v1/suppliers/claims/*")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers/*/claims").authenticated()
                        // Invitations: members (checked by the use cases) invite and revoke; the invited
                        // colleague, who has no business role yet, accepts.
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers/invitations/accept",
                                "/api/v1/suppliers/*/invitations").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/*/invitations").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/suppliers/*/invitations/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers/*/audit").authenticated()
                        // The public directory: verified suppliers' public profiles.
                        .requestMatchers(HttpMethod.GET, "/api/v1/suppliers", "/api/v1/suppliers/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers/*/verify", "/api/v1/suppliers/*/reject",
                                "/api/v1/suppliers/*/delist", "/api/v1/suppliers/*/merge").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/suppliers", "/api/v1/suppliers/*/members")
                        .hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/suppliers/*").hasRole(SUPPLIER)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/suppliers/*/members/*").hasRole(SUPPLIER)
                        // Each internal endpoint for the services that call it: search rebuilds its index from
                        // the feed; tender- and consortium-service check tenderers and whom a user acts for; the demo data loads as
                        // supplier-service itself (./marketplace seed).
                        .requestMatchers(HttpMethod.GET, "/internal/suppliers").access(only(SEARCH_SERVICE))
                        .requestMatchers(HttpMethod.GET, "/internal/suppliers/*/tenderer", "/internal/users/*/suppliers")
                        .access(only(TENDER_SERVICE, CONSORTIUM_SERVICE))
                        .requestMatchers(HttpMethod.POST, "/internal/seed/structures", "/internal/seed/demo-members")
                        .access(only(SUPPLIER_SERVICE))
                        .anyRequest().denyAll())
                .build();
    }
}
