package org.essmarket.search.catalogue.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.util.Map;

import org.essmarket.search.catalogue.domain.CatalogueRequest;
import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.essmarket.search.index.application.SearchIndices;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;

/** What the catalogue does when the request is bad or Elasticsearch cannot answer. */
class CatalogueSearchTest {

    private final ElasticsearchClient elasticsearch = mock(ElasticsearchClient.class);
    private final CatalogueSearch catalogue = new CatalogueSearch(elasticsearch, mock(SearchIndices.class),
            new CatalogueReferenceData());

    @Test
    void bad_parameters_never_reach_elasticsearch() {
        CatalogueRequest request = new CatalogueRequest(null, null, null, null, null, null, null, "95,2", null, null, null,
                null, 101);

        assertThatThrownBy(() -> catalogue.search(request)).isInstanceOf(InvalidSearchParameters.class);
        verifyNoInteractions(elasticsearch);
    }

    @Test
    void elasticsearch_out_of_reach_is_search_unavailable() throws Exception {
        when(elasticsearch.search(any(SearchRequest.class), eq(Map.class))).thenThrow(new ConnectException("refused"));

        assertThatThrownBy(() -> catalogue.search(CatalogueRequest.all()))
                .isInstanceOf(CatalogueSearch.SearchUnavailable.class);
    }
}
