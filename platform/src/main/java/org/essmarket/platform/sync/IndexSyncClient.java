package org.essmarket.platform.sync;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Pushes an owner's documents to search-service with their versions, as DESIGN.md §4 describes.
 * Search indexes with external versions, so pushing an older version than it has is harmless and
 * counts as done. A failed request is thrown, and the caller keeps its documents pending.
 */
public class IndexSyncClient {

    private final RestClient http;
    private final ServiceAccountTokens tokens;

    public IndexSyncClient(RestClient.Builder http, String searchServiceUrl, ServiceAccountTokens tokens) {
        this.http = http.baseUrl(searchServiceUrl).build();
        this.tokens = tokens;
    }

    /**
     * Pushes many documents and removals in one request ({@code POST /internal/index/{type}}) and
     * returns the ids search now holds at this version or a newer one (indexed or removed); the
     * others stay the caller's to push again.
     */
    public Set<String> indexAll(String type, List<VersionedDocument> documents) {
        JsonNode answer = http.post().uri("/internal/index/{type}", type)
                .headers(headers -> headers.setBearerAuth(tokens.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("documents", documents.stream().map(IndexSyncClient::entry).toList()))
                .retrieve()
                .body(JsonNode.class);
        Set<String> done = new HashSet<>();
        for (JsonNode result : answer.path("results")) {
            if (!"FAILED".equals(result.path("outcome").asString())) {
                done.add(result.path("id").asString());
            }
        }
        return done;
    }

    /** A document as search-service reads it: with {@code document}, or {@code removed: true}. */
    private static Map<String, Object> entry(VersionedDocument document) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", document.id());
        entry.put("version", document.version());
        if (document.removes()) {
            entry.put("removed", true);
        } else {
            entry.put("document", document.document());
        }
        return entry;
    }
}
