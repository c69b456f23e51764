package org.essmarket.platform.sync;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Pushes an owner's document to search-service ({@code PUT /internal/index/{type}/{id}}) with its
 * version, as DESIGN.md §4 describes. Search indexes with external versions, so pushing an older
 * version than it has is harmless; a version conflict (409) counts as done. Any other failure is
 * thrown, and the caller keeps the document pending.
 */
public class IndexSyncClient {

    private final RestClient http;
    private final ServiceAccountTokens tokens;

    public IndexSyncClient(RestClient.Builder http, String searchServiceUrl, ServiceAccountTokens tokens) {
        this.http = http.baseUrl(searchServiceUrl).build();
        this.tokens = tokens;
    }

    public void index(String type, String id, long version, Object document) {
        http.put().uri("/internal/index/{type}/{id}", type, id)
                .headers(headers -> headers.setBearerAuth(tokens.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("version", version, "document", document))
                .retrieve()
                .onStatus(status -> status.value() == HttpStatus.CONFLICT.value(), (request, response) -> {
                    // search already holds a newer version: nothing to do
                })
                .toBodilessEntity();
    }
}
