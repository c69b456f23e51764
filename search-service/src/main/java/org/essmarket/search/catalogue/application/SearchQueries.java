package org.essmarket.search.catalogue.application;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.index.application.SearchIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Hit;

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

    /**
     * One dimension of a faceted search.
     *
     * @param name the facet's name in the request and the answer
     * @param filter what the caller picked in this dimension; null when nothing
     * @param counted how the facet counts its values
     */
    public record Dimension(String name, Query filter, Aggregation counted) {
    }

    /**
     * A page of a faceted search: the hits of {@code query} that every dimension's filter keeps
     * ({@code post_filter}), and each facet counted among the hits the <em>other</em> dimensions'
     * filters keep, so that picking department 93 still shows how many there are in 75.
     *
     * @param highlight null for none
     */
    public static SearchRequest facetedPage(String index, Query query, int page, int size, List<String> publicFields,
            List<SortOptions> sort, List<Dimension> dimensions, Highlight highlight) {
        return SearchRequest.of(search -> {
            search.index(index).query(query).from(page * size).size(size)
                    .trackTotalHits(total -> total.enabled(true))
                    .source(source -> source.filter(filter -> filter.includes(publicFields)))
                    .sort(sort);
            List<Query> filters = filtersExcept(dimensions, null);
            if (!filters.isEmpty()) {
                search.postFilter(allOf(filters));
            }
            for (Dimension dimension : dimensions) {
                Query others = allOf(filtersExcept(dimensions, dimension));
                search.aggregations(dimension.name(),
                        a -> a.filter(others).aggregations(VALUES, dimension.counted()));
            }
            if (highlight != null) {
                search.highlight(highlight);
            }
            return search;
        });
    }

    private static List<Query> filtersExcept(List<Dimension> dimensions, Dimension except) {
        return dimensions.stream().filter(d -> d != except && d.filter() != null).map(Dimension::filter).toList();
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

    /**
     * Every hit of the query with only these source fields, read {@code pageSize} at a time in id
     * order (search_after): for matching, which must see all candidates, not a page of them.
     */
    public static List<Hit<Map>> everyHit(ElasticsearchClient client, String index, Query query, List<String> fields,
            int pageSize) throws IOException {
        List<Hit<Map>> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> page = client.search(search -> {
                search.index(index).query(query).size(pageSize).sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
                        .source(source -> source.filter(filter -> filter.includes(fields)));
                if (from != null) {
                    search.searchAfter(from);
                }
                return search;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            all.addAll(hits);
            if (hits.size() < pageSize) {
                return all;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * A page of the documents among {@code ids} that {@code request} keeps (built for that page);
     * an empty page without asking Elasticsearch when there are no ids.
     */
    public static <T> PageResponse<T> pageAmong(ElasticsearchClient client, SearchIndices indices, String alias,
            List<String> ids, SearchRequest request, Function<Hit<Map>, T> asResult, int page, int size) {
        if (ids.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0, 0);
        }
        SearchResponse<Map> response = execute(client, indices, alias, request);
        long total = total(response);
        return new PageResponse<>(response.hits().hits().stream().map(asResult).toList(), page, size, total,
                totalPages(total, size));
    }

    /** A geo_point as our documents hold it ({@code {"lat": .., "lon": ..}}); null when it is not one. */
    public static GeoPoint point(Object value) {
        if (value instanceof Map<?, ?> point && point.get("lat") instanceof Number lat
                && point.get("lon") instanceof Number lon) {
            try {
                return new GeoPoint(lat.doubleValue(), lon.doubleValue());
            } catch (IllegalArgumentException outOfRange) {
                return null;
            }
        }
        return null;
    }

    public static String string(Object value) {
        return value instanceof String text ? text : null;
    }

    /** Tender-service sends ISO instants; anything else is left out rather than failing the caller. */
    public static Instant instant(Object value) {
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return value instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
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
