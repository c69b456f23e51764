package org.essmarket.search.catalogue.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.catalogue.application.CatalogueSearchRequests.Facet;
import org.essmarket.search.catalogue.application.SupplierSearchResult.Activity;
import org.essmarket.search.catalogue.application.SupplierSearchResult.FacetValue;
import org.essmarket.search.catalogue.application.SupplierSearchResult.Facets;
import org.essmarket.search.catalogue.application.SupplierSearchResult.Highlights;
import org.essmarket.search.catalogue.application.SupplierSearchResult.Range;
import org.essmarket.search.catalogue.application.SupplierSearchResult.SupplierHit;
import org.essmarket.search.catalogue.domain.CatalogueQuery;
import org.essmarket.search.catalogue.domain.CatalogueRequest;
import org.essmarket.search.catalogue.domain.CpvVocabulary;
import org.essmarket.search.catalogue.domain.Folding;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.SupplierKind;
import org.essmarket.search.catalogue.domain.Territories;
import org.essmarket.search.index.application.SearchIndices;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The public catalogue search (issue 6): full text, filters, facets, geo distance, sorting and paging. */
@Service
public class CatalogueSearch {

    /** Elasticsearch is down or refused the search: the caller may try again later. */
    public static class SearchUnavailable extends RuntimeException {
        public SearchUnavailable(Throwable cause) {
            super("search is unavailable", cause);
        }
    }

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Territories territories;
    private final CpvVocabulary cpv;

    public CatalogueSearch(ElasticsearchClient client, SearchIndices indices, CatalogueReferenceData reference) {
        this.client = client;
        this.indices = indices;
        this.territories = reference.territories();
        this.cpv = reference.cpv();
    }

    /**
     * Searches VERIFIED suppliers.
     *
     * @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming each bad parameter
     * @throws SearchUnavailable when Elasticsearch cannot answer
     */
    public SupplierSearchResult search(CatalogueRequest request) {
        CatalogueQuery query = CatalogueQuery.from(request, territories);
        SearchResponse<Map> response = execute(query);
        long total = SearchQueries.total(response);
        List<SupplierHit> hits = response.hits().hits().stream().map(hit -> hit(hit, query.near())).toList();
        int totalPages = SearchQueries.totalPages(total, query.size());
        return new SupplierSearchResult(hits, query.page(), query.size(), total, totalPages,
                facets(response.aggregations(), query));
    }

    /**
     * A page of the VERIFIED suppliers among {@code ids}, by name, as the catalogue shows them;
     * {@code ids} can be many (every supplier a tender concerns), the page is small.
     *
     * @throws SearchUnavailable when Elasticsearch cannot answer
     */
    public PageResponse<SupplierHit> verifiedAmong(List<String> ids, int page, int size) {
        return SearchQueries.pageAmong(client, indices, CatalogueSearchRequests.INDEX, ids,
                CatalogueSearchRequests.verifiedAmong(ids, page, size), hit -> hit(hit, null), page, size);
    }

    private SearchResponse<Map> execute(CatalogueQuery query) {
        return SearchQueries.execute(client, indices, CatalogueSearchRequests.INDEX,
                CatalogueSearchRequests.build(query, query.serving() == null ? List.of() : radiiInUse()));
    }

    private List<Integer> radiiInUse() {
        SearchResponse<Map> response = SearchQueries.execute(client, indices, CatalogueSearchRequests.INDEX,
                CatalogueSearchRequests.radiiInUse());
        Aggregate radii = response.aggregations().get(SupplierIndexEnricher.REACH_RADIUS_KM);
        return radii == null || !radii.isLterms() ? List.of()
                : radii.lterms().buckets().array().stream().map(bucket -> (int) bucket.key()).toList();
    }

    /** A supplier's public fields, with its distance from {@code near} when there is one. */
    private SupplierHit hit(Hit<Map> hit, GeoPoint near) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        GeoPoint location = point(source.get("location"));
        Double distanceKm = near != null && location != null
                ? Math.round(near.distanceKm(location) * 10) / 10.0
                : null;
        String department = string(source.get("department"));
        String region = string(source.get("region"));
        Map<String, List<String>> highlight = hit.highlight();
        Highlights highlights = highlight == null || highlight.isEmpty() ? null
                : new Highlights(highlight.get("legalName"), highlight.get("description"));
        return new SupplierHit(string(source.get("id")) == null ? hit.id() : string(source.get("id")),
                string(source.get("siret")), string(source.get("legalName")), string(source.get("brand")),
                string(source.get("description")), strings(source.get("kinds")), string(source.get("legalForm")),
                string(source.get("naf")), string(source.get("communeCode")), department,
                territories.departmentName(department).orElse(null), region,
                territories.regionName(region).orElse(null), location, strings(source.get("cpvCodes")),
                activities(source.get("activities")), strings(source.get("labels")), strings(source.get("networks")),
                distanceKm, highlights);
    }

    private Facets facets(Map<String, Aggregate> aggregations, CatalogueQuery query) {
        return new Facets(values(aggregations, Facet.KIND, query), values(aggregations, Facet.REGION, query),
                values(aggregations, Facet.DEPARTMENT, query), values(aggregations, Facet.CPV_DIVISION, query),
                values(aggregations, Facet.LEGAL_FORM, query), values(aggregations, Facet.LABEL, query));
    }

    private List<FacetValue> values(Map<String, Aggregate> aggregations, Facet facet, CatalogueQuery query) {
        return SearchQueries.termBuckets(aggregations, facet.key).stream()
                .map(bucket -> facetValue(facet, bucket, query)).toList();
    }

    private FacetValue facetValue(Facet facet, StringTermsBucket bucket, CatalogueQuery query) {
        String key = bucket.key().stringValue();
        long count = bucket.docCount();
        return switch (facet) {
            case KIND -> {
                String code = key.toUpperCase(Locale.ROOT);
                yield new FacetValue(code, SupplierKind.fromCode(code).map(SupplierKind::label).orElse(null), count,
                        query.kinds().contains(code));
            }
            case REGION -> {
                String code = key.toUpperCase(Locale.ROOT);
                yield new FacetValue(code, territories.regionName(code).orElse(null), count,
                        query.regions().contains(code));
            }
            case DEPARTMENT -> {
                String code = key.toUpperCase(Locale.ROOT);
                yield new FacetValue(code, territories.departmentName(code).orElse(null), count,
                        query.departments().contains(code));
            }
            case CPV_DIVISION -> new FacetValue(key, cpv.divisionLabel(key).orElse(null), count,
                    query.cpvPrefixes().contains(key));
            case LEGAL_FORM -> displayed(bucket, count, query.legalForms());
            case LABEL -> displayed(bucket, count, query.labels());
        };
    }

    /** A free-text value shown as suppliers most often spell it; counted whatever its case and accents. */
    private static FacetValue displayed(StringTermsBucket bucket, long count, List<String> selected) {
        String value = bucket.key().stringValue();
        Aggregate display = bucket.aggregations().get(CatalogueSearchRequests.DISPLAY);
        if (display != null && display.isSterms() && !display.sterms().buckets().array().isEmpty()) {
            value = display.sterms().buckets().array().get(0).key().stringValue();
        }
        String folded = Folding.fold(value);
        return new FacetValue(value, value, count, selected.stream().anyMatch(s -> Folding.fold(s).equals(folded)));
    }

    private static List<Activity> activities(Object value) {
        if (!(value instanceof Collection<?> activities)) {
            return null;
        }
        return activities.stream().filter(Map.class::isInstance).map(Map.class::cast).map(activity -> {
            Range range = activity.get("range") instanceof Map<?, ?> r
                    ? new Range(string(r.get("kind")), integer(r.get("radiusKm")), strings(r.get("departments")),
                            strings(r.get("regions")))
                    : null;
            return new Activity(strings(activity.get("cpvCodes")), strings(activity.get("serviceTypes")), range);
        }).toList();
    }

    private static GeoPoint point(Object value) {
        return SearchQueries.point(value);
    }

    private static String string(Object value) {
        return SearchQueries.string(value);
    }

    private static Integer integer(Object value) {
        return SearchQueries.integer(value);
    }

    private static List<String> strings(Object value) {
        return SearchQueries.strings(value);
    }
}
