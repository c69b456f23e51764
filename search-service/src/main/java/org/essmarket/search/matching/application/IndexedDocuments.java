package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.essmarket.search.catalogue.application.CatalogueSearch;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;

/** One document as search holds it, read by id: what a matching request starts from. */
@Component
class IndexedDocuments {

    private final ElasticsearchClient client;

    IndexedDocuments(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @return empty when the index holds no such document (or does not exist yet)
     * @throws CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    Optional<Map<String, Object>> find(String index, String id) {
        GetResponse<Map> found;
        try {
            found = client.get(get -> get.index(index).id(id), Map.class);
        } catch (IOException e) {
            throw new CatalogueSearch.SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) { // no index yet: no document either
                return Optional.empty();
            }
            throw e;
        }
        if (!found.found() || found.source() == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> source = found.source();
        return Optional.of(source);
    }
}
