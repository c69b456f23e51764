package org.essmarket.search.index.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;

/** What follows an indexed document (tender alerts) never fails the owner's push, and follows only new versions. */
class SearchIndicesTest {

    private final ElasticsearchClient elasticsearch = mock(ElasticsearchClient.class, RETURNS_DEEP_STUBS);
    private final List<String> told = new ArrayList<>();

    private SearchIndices indices(IndexedDocumentListener... listeners) throws Exception {
        when(elasticsearch.indices().existsAlias(any(Function.class)).value()).thenReturn(true);
        @SuppressWarnings("unchecked")
        ObjectProvider<IndexDocumentEnricher> enrichers = mock(ObjectProvider.class);
        when(enrichers.orderedStream()).thenAnswer(invocation -> Stream.empty());
        @SuppressWarnings("unchecked")
        ObjectProvider<IndexedDocumentListener> provider = mock(ObjectProvider.class);
        when(provider.orderedStream()).thenAnswer(invocation -> Stream.of(listeners));
        return new SearchIndices(elasticsearch, 0, enrichers, provider);
    }

    @Test
    void a_listener_that_fails_is_logged_and_the_push_still_counts_as_indexed() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> {
            throw new IllegalStateException("suppliers index unreachable");
        }, (type, id, version, document) -> told.add(id));

        assertThat(indices.index("tenders", "t1", 3, Map.of("status", "PUBLISHED")))
                .isEqualTo(SearchIndices.Outcome.INDEXED);
        assertThat(told).as("the other listeners are still told").containsExactly("t1");
    }

    @Test
    void a_version_search_already_holds_tells_nobody() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> told.add(id));
        when(elasticsearch.index(any(Function.class))).thenThrow(new ElasticsearchException("index",
                ErrorResponse.of(e -> e.status(409).error(c -> c.type("version_conflict_engine_exception")))));

        assertThat(indices.index("tenders", "t1", 3, Map.of("status", "PUBLISHED")))
                .isEqualTo(SearchIndices.Outcome.ALREADY_NEWER);
        assertThat(told).isEmpty();
    }
}
