package org.essmarket.search.config;

import static org.essmarket.platform.security.MarketplaceRoles.ADMIN;
import static org.essmarket.platform.security.MarketplaceRoles.BUYER;
import static org.essmarket.platform.security.MarketplaceRoles.SUPPLIER;
import static org.essmarket.platform.security.ServiceCallers.CONSORTIUM_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.SUPPLIER_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.TENDER_SERVICE;
import static org.essmarket.platform.security.ServiceCallers.only;

import org.essmarket.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may call which endpoint of the search service; object-level checks live in the use cases. */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        // A user's own saved searches.
                        .requestMatchers("/api/v1/search/saved-searches", "/api/v1/search/saved-searches/**")
                        .hasAnyRole(BUYER, SUPPLIER, ADMIN)
                        // Rebuilding an index, and its progress: an admin (no service starts one).
                        .requestMatchers("/api/v1/search/indices/**").hasRole(ADMIN)
                        // Sourcing and partner suggestions: for signed-in users, unlike the public search below.
                        .requestMatchers(HttpMethod.GET, "/api/v1/search/tenders/*/matching-suppliers",
                                "/api/v1/search/suppliers/*/matching-tenders")
                        .hasAnyRole(BUYER, SUPPLIER, ADMIN)
                        // The public catalogue and tender search (DESIGN.md §5): anonymous callers see public data only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/search/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/unread-count")
                        .hasAnyRole(BUYER, SUPPLIER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/read", "/api/v1/notifications/read-all")
                        .hasAnyRole(BUYER, SUPPLIER, ADMIN)
                        // Each index from the service that owns its documents; notifications from the services
                        // that tell users things (bid outcomes, groupements).
                        .requestMatchers("/internal/index/suppliers", "/internal/index/suppliers/*")
                        .access(only(SUPPLIER_SERVICE))
                        .requestMatchers("/internal/index/tenders", "/internal/index/tenders/*").access(only(TENDER_SERVICE))
                        .requestMatchers(HttpMethod.POST, "/internal/notifications")
                        .access(only(TENDER_SERVICE, CONSORTIUM_SERVICE))
                        .anyRequest().denyAll())
                .build();
    }
}
