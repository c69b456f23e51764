package org.essmarket.search.index.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.platform.sync.ServiceAccountTokens;
import org.essmarket.search.index.application.OwnerFeeds;
import org.essmarket.search.index.application.SearchIndices.VersionedDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the owners' feeds with search-service's service token. */
@Component
class OwnerFeedClient implements OwnerFeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, RestClient> owners;
    private final ServiceAccountTokens tokens;

    OwnerFeedClient(ServiceAccountTokens tokens,
            @Value("${essmarket.supplier-service.url}") String supplierService,
            @Value("${essmarket.tender-service.url}") String tenderService) {
        this.owners = Map.of("suppliers", RestClient.builder().baseUrl(supplierService).build(),
                "tenders", RestClient.builder().baseUrl(tenderService).build());
        this.tokens = tokens;
    }

    @Override
    public FeedPage read(String type, String after, int size) {
        RestClient owner = owners.get(type);
        if (owner == null) {
            throw new IllegalArgumentException("no owner feed for index type " + type);
        }
        String page = after == null ? "/internal/{type}?size={size}" : "/internal/{type}?size={size}&after={after}";
        JsonNode answer = owner.get().uri(page, type, size, after)
                .headers(headers -> headers.setBearerAuth(tokens.token()))
                .retrieve()
                .body(JsonNode.class);
        List<VersionedDocument> documents = new ArrayList<>();
        for (JsonNode entry : answer.path("content")) {
            JsonNode document = entry.path("document");
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JSON.convertValue(document, Map.class);
            documents.add(new VersionedDocument(document.path("id").asString(), entry.path("version").asLong(), fields));
        }
        return new FeedPage(documents, answer.path("totalElements").asLong());
    }
}
