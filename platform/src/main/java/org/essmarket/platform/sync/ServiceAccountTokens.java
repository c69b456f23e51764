package org.essmarket.platform.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * This service's own access token (client-credentials grant of its Keycloak client, realm role
 * {@code service}), for calls to other services' {@code /internal/**} endpoints. Cached until
 * shortly before it expires.
 */
public class ServiceAccountTokens {

    private final RestClient http;
    private final ServiceAccountProperties account;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceAccountTokens(RestClient.Builder http, ServiceAccountProperties account, Clock clock) {
        this.http = http.build();
        this.account = account;
        this.clock = clock;
    }

    public synchronized String token() {
        if (account.clientSecret() == null || account.clientSecret().isBlank()) {
            throw new IllegalStateException("No secret for the service account " + account.clientId()
                    + ": set SERVICE_CLIENT_SECRET (essmarket.service-account.client-secret)");
        }
        if (token == null || clock.instant().isAfter(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", account.clientId());
            form.add("client_secret", account.clientSecret());
            JsonNode answer = http.post().uri(URI.create(account.tokenUri()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(JsonNode.class);
            token = answer.get("access_token").asString();
            renewAt = clock.instant().plusSeconds(Math.max(5, answer.path("expires_in").asLong(60) - 30));
        }
        return token;
    }
}
