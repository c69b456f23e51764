package org.essmarket.search.catalogue.application;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.essmarket.search.index.application.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * The pieces every public search (catalogue of suppliers, tenders) builds its Elasticsearch request
 * from, and how it runs it: exact filters, CPV prefixes, disjunctive facets (each facet counted with
 * all filters but its own, the filters themselves in {@code post_filter}), and the answer when
 * Elasticsearch is down or the index was never created.
 */
public final class SearchQueries {

    private static final Logger log = LoggerFactory.getLogger(SearchQueries.class);

    /** The name of the counting aggregation inside each facet's filter aggregation. */
    public static final String VALUES = "values";

    private SearchQueries() {
    }

    /** Any of {@code values} in {@code field}; null (no filter) when there are none. */
    public static Query terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    /** A code in {@code field} starting with any of {@code prefixes} (CPV "90" finds 90910000); null when none. */
    public static Query anyPrefix(String field, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return null;
        }
        List<Query> any = prefixes.stream().map(prefix -> Query.of(q -> q.prefix(p -> p.field(field).value(prefix))))
                .toList();
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }

    public static Query allOf(List<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** A facet counted by {@code counted} among the documents the other dimensions' filters keep. */
    public static Aggregation facet(List<Query> otherFilters, Aggregation counted) {
        Query others = allOf(otherFilters);
        return Aggregation.of(a -> a.filter(others).aggregations(VALUES, counted));
    }

    /** The term buckets of a facet built by {@link #facet}; empty when Elasticsearch sent none. */
    public static List<StringTermsBucket> termBuckets(Map<String, Aggregate> aggregations, String facet) {
        Aggregate counted = counted(aggregations, facet);
        return counted == null || !counted.isSterms() ? List.of() : counted.sterms().buckets().array();
    }

    /** The counting aggregate of a facet built by {@link #facet}, or null. */
    public static Aggregate counted(Map<String, Aggregate> aggregations, String facet) {
        Aggregate filtered = aggregations == null ? null : aggregations.get(facet);
        if (filtered == null || !filtered.isFilter()) {
            return null;
        }
        return filtered.filter().aggregations().get(VALUES);
    }

    /**
     * Runs a search on an alias; when the index does not exist yet (nothing indexed since
     * Elasticsearch was emptied) creates it, and the answer is just empty.
     *
     * @throws CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    public static SearchResponse<Map> execute(ElasticsearchClient client, SearchIndices indices, String alias,
            SearchRequest request) {
        try {
            try {
                return client.search(request, Map.class);
            } catch (ElasticsearchException e) {
                if (e.status() != 404) {
                    throw e;
                }
                indices.ensureIndex(alias);
                return client.search(request, Map.class);
            }
        } catch (IOException e) {
            log.warn("{} search failed: {}", alias, e.toString());
            throw new CatalogueSearch.SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                log.warn("{} search failed: {}", alias, e.toString());
                throw new CatalogueSearch.SearchUnavailable(e);
            }
            throw e; // a request Elasticsearch refuses is our bug: a 500, logged by the platform's handler
        }
    }

    /** The total of a response, exact as we always ask for it. */
    public static long total(SearchResponse<Map> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    public static int totalPages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }

    public static String string(Object value) {
        return value instanceof String text ? text : null;
    }

    public static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    public static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? null : List.of(value.toString());
    }
}
