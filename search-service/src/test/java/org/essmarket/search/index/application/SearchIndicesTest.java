package org.essmarket.search.index.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import org.essmarket.search.index.domain.ReindexRun;
import org.essmarket.search.index.persistence.ReindexStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.util.ObjectBuilder;

/**
 * What follows an indexed document (tender alerts) hears of every version search holds, repeated
 * pushes too, and a push whose listener failed fails, so its owner pushes it again. A push made
 * while a reindex runs reaches the index it builds, even when the alias moves meanwhile.
 */
class SearchIndicesTest {

    private final ElasticsearchClient elasticsearch = mock(ElasticsearchClient.class, RETURNS_DEEP_STUBS);
    private final List<String> told = new ArrayList<>();
    private final ReindexStore reindexes = mock(ReindexStore.class);
    /** The reindex of tenders, as the store answers it; none unless a test starts one. */
    private final AtomicReference<ReindexRun> reindex = new AtomicReference<>();

    private SearchIndices indices(IndexedDocumentListener... listeners) throws Exception {
        when(elasticsearch.indices().existsAlias(any(Function.class)).value()).thenReturn(true);
        @SuppressWarnings("unchecked")
        ObjectProvider<IndexDocumentEnricher> enrichers = mock(ObjectProvider.class);
        when(enrichers.orderedStream()).thenAnswer(invocation -> Stream.empty());
        @SuppressWarnings("unchecked")
        ObjectProvider<IndexedDocumentListener> provider = mock(ObjectProvider.class);
        when(provider.orderedStream()).thenAnswer(invocation -> Stream.of(listeners));
        when(reindexes.find(any())).thenAnswer(invocation -> Optional.ofNullable(reindex.get()));
        return new SearchIndices(elasticsearch, 0, enrichers, provider, reindexes);
    }

    @Test
    void a_push_whose_listener_fails_fails_so_that_its_owner_pushes_it_again() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> {
            throw new IllegalStateException("alert work store unreachable");
        });

        assertThatThrownBy(() -> indices.index("tenders", "t1", 3, Map.of("status", "PUBLISHED")))
                .hasMessageContaining("alert work store unreachable");
    }

    @Test
    void a_version_search_already_holds_is_told_again_as_its_owner_may_be_retrying() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> told.add(id + " v" + version));
        when(elasticsearch.index(any(Function.class))).thenThrow(new ElasticsearchException("index",
                ErrorResponse.of(e -> e.status(409).error(c -> c.type("version_conflict_engine_exception")))));

        assertThat(indices.index("tenders", "t1", 3, Map.of("status", "PUBLISHED")))
                .isEqualTo(SearchIndices.Outcome.ALREADY_NEWER);
        assertThat(told).containsExactly("t1 v3");
    }

    @Test
    void in_a_bulk_push_only_the_document_whose_listener_failed_is_answered_failed() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> {
            if (id.equals("t2")) {
                throw new IllegalStateException("alert work store unreachable");
            }
            told.add(id);
        });
        BulkResponse answer = BulkResponse.of(bulk -> bulk.errors(false).took(1).items(
                item("t1", 201, null), item("t2", 201, null), item("t3", 409, "version_conflict_engine_exception")));
        when(elasticsearch.bulk(any(Function.class))).thenReturn(answer);

        List<SearchIndices.Result> results = indices.indexAll("tenders", List.of(
                new SearchIndices.VersionedDocument("t1", 1, Map.of()),
                new SearchIndices.VersionedDocument("t2", 1, Map.of()),
                new SearchIndices.VersionedDocument("t3", 1, Map.of())));

        assertThat(results).extracting(SearchIndices.Result::outcome).containsExactly(SearchIndices.Outcome.INDEXED,
                SearchIndices.Outcome.FAILED, SearchIndices.Outcome.ALREADY_NEWER);
        assertThat(told).containsExactly("t1", "t3");
    }

    @Test
    void a_bulk_push_fails_as_a_whole_while_the_alert_work_store_is_unreachable() throws Exception {
        SearchIndices indices = indices((type, id, version, document) -> {
            throw new DataAccessResourceFailureException("alert work store unreachable");
        });
        when(elasticsearch.bulk(any(Function.class))).thenReturn(BulkResponse.of(bulk -> bulk.errors(false).took(1)
                .items(item("t1", 201, null))));

        assertThatThrownBy(() -> indices.indexAll("tenders", List.of(new SearchIndices.VersionedDocument("t1", 1,
                Map.of())))).isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void a_removal_racing_the_swap_reaches_the_rebuilt_index_too() throws Exception {
        SearchIndices indices = indices();
        Instant now = Instant.now();
        reindex.set(new ReindexRun("tenders", "tenders-v2", ReindexRun.State.RUNNING, "replica-a", now.plusSeconds(60),
                500, 1200, now, null, null));
        when(elasticsearch.delete(any(Function.class))).thenAnswer(invocation -> {
            reindex.set(new ReindexRun("tenders", "tenders-v2", ReindexRun.State.DONE, "replica-a", now, 1200, 1200,
                    now, now, null)); // the alias moved while the removal was written under it
            return null;
        });
        when(elasticsearch.bulk(any(Function.class))).thenReturn(BulkResponse.of(bulk -> bulk.errors(false).took(1)
                .items(item("t1", 200, null))));

        assertThat(indices.remove("tenders", "t1", 4)).isEqualTo(SearchIndices.Outcome.REMOVED);

        ArgumentCaptor<Function<BulkRequest.Builder, ObjectBuilder<BulkRequest>>> copy = ArgumentCaptor.captor();
        verify(elasticsearch).bulk(copy.capture());
        BulkOperation removal = copy.getValue().apply(new BulkRequest.Builder()).build().operations().getFirst();
        assertThat(removal.delete().index()).as("the removal is copied into the index the swap put behind the alias")
                .isEqualTo("tenders-v2");
        assertThat(removal.delete().version()).isEqualTo(4L);
    }

    private static BulkResponseItem item(String id, int status, String error) {
        return BulkResponseItem.of(item -> {
            item.operationType(OperationType.Index).index("tenders-v1").id(id).status(status);
            if (error != null) {
                item.error(cause -> cause.type(error).reason(error));
            }
            return item;
        });
    }
}
