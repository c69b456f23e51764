package org.essmarket.search.tenders.application;

import static org.essmarket.search.catalogue.application.SearchQueries.instant;
import static org.essmarket.search.catalogue.application.SearchQueries.integer;
import static org.essmarket.search.catalogue.application.SearchQueries.string;
import static org.essmarket.search.catalogue.application.SearchQueries.strings;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.application.SupplierSearchResult.FacetValue;
import org.essmarket.search.catalogue.domain.CpvVocabulary;
import org.essmarket.search.catalogue.domain.Territories;
import org.essmarket.search.index.application.SearchIndices;
import org.essmarket.search.tenders.application.TenderSearchRequests.DeadlineRange;
import org.essmarket.search.tenders.application.TenderSearchRequests.Facet;
import org.essmarket.search.tenders.application.TenderSearchResult.Facets;
import org.essmarket.search.tenders.application.TenderSearchResult.Highlights;
import org.essmarket.search.tenders.application.TenderSearchResult.Lot;
import org.essmarket.search.tenders.application.TenderSearchResult.TenderHit;
import org.essmarket.search.tenders.domain.TenderQuery;
import org.essmarket.search.tenders.domain.TenderRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The public tender search: full text in French, filters, facets, sorting and paging. */
@Service
public class TenderSearch {

    private static final Map<String, String> DEADLINE_LABELS = Map.of(DeadlineRange.WITHIN_7_DAYS.key,
            "Moins de 7 jours", DeadlineRange.WITHIN_30_DAYS.key, "7 à 30 jours", DeadlineRange.BEYOND_30_DAYS.key,
            "Plus de 30 jours");
    private static final Map<String, String> RESERVATION_LABELS = Map.of("DISABILITY",
            "Réservé au secteur du handicap (EA, ESAT)", "INSERTION", "Réservé aux SIAE", "BOTH",
            "Réservé au handicap ou aux SIAE", "ESS", "Réservé aux entreprises de l'ESS");

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Territories territories;
    private final CpvVocabulary cpv;
    private final Clock clock;

    @Autowired
    public TenderSearch(ElasticsearchClient client, SearchIndices indices, CatalogueReferenceData reference) {
        this(client, indices, reference, Clock.systemUTC());
    }

    /** With a fixed clock, for tests of the deadline ranges. */
    TenderSearch(ElasticsearchClient client, SearchIndices indices, CatalogueReferenceData reference, Clock clock) {
        this.client = client;
        this.indices = indices;
        this.territories = reference.territories();
        this.cpv = reference.cpv();
        this.clock = clock;
    }

    /**
     * Searches public tenders (PUBLISHED unless the caller names other public statuses).
     *
     * @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming each bad parameter
     * @throws org.essmarket.search.catalogue.application.CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    public TenderSearchResult search(TenderRequest request) {
        TenderQuery query = TenderQuery.from(request, territories);
        SearchResponse<Map> response = SearchQueries.execute(client, indices, TenderSearchRequests.INDEX,
                TenderSearchRequests.build(query, clock.instant()));
        long total = SearchQueries.total(response);
        return new TenderSearchResult(response.hits().hits().stream().map(TenderSearch::hit).toList(), query.page(),
                query.size(), total, SearchQueries.totalPages(total, query.size()),
                facets(response.aggregations(), query));
    }

    /** A page of these tenders that are PUBLISHED, soonest deadline first. */
    public PageResponse<TenderHit> publishedAmong(List<String> ids, int page, int size) {
        return SearchQueries.pageAmong(client, indices, TenderSearchRequests.INDEX, ids,
                TenderSearchRequests.publishedAmong(ids, page, size), TenderSearch::hit, page, size);
    }

    private Facets facets(Map<String, Aggregate> aggregations, TenderQuery query) {
        return new Facets(
                terms(aggregations, Facet.RESERVATION, query.reservations(), RESERVATION_LABELS::get),
                terms(aggregations, Facet.STATUS, query.statuses(), code -> null),
                terms(aggregations, Facet.DEPARTMENT, query.departments(),
                        code -> territories.departmentName(code).orElse(null)),
                terms(aggregations, Facet.REGION, query.regions(), code -> territories.regionName(code).orElse(null)),
                terms(aggregations, Facet.CPV_DIVISION, query.cpvPrefixes(), code -> cpv.divisionLabel(code).orElse(null)),
                deadlines(aggregations));
    }

    private static List<FacetValue> terms(Map<String, Aggregate> aggregations, Facet facet, List<String> selected,
            java.util.function.Function<String, String> label) {
        return SearchQueries.termBuckets(aggregations, facet.key).stream().map(bucket -> {
            // Department codes are indexed folded (2a): shown as INSEE writes them, like every other code here.
            String value = bucket.key().stringValue().toUpperCase(Locale.ROOT);
            return new FacetValue(value, label.apply(value), bucket.docCount(), selected.contains(value));
        }).toList();
    }

    private static List<FacetValue> deadlines(Map<String, Aggregate> aggregations) {
        Aggregate counted = SearchQueries.counted(aggregations, Facet.DEADLINE.key);
        if (counted == null || !counted.isDateRange()) {
            return List.of();
        }
        return counted.dateRange().buckets().array().stream().map(bucket -> new FacetValue(bucket.key(),
                DEADLINE_LABELS.get(bucket.key()), bucket.docCount(), false)).toList();
    }

    private static TenderHit hit(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        Highlights highlights = highlight == null || highlight.isEmpty() ? null
                : new Highlights(highlight.get("title"), highlight.get("description"), highlight.get("lotTitles"));
        return new TenderHit(string(source.get("id")) == null ? hit.id() : string(source.get("id")),
                string(source.get("title")), string(source.get("description")), string(source.get("buyerName")),
                string(source.get("kind")), string(source.get("procedure")), string(source.get("status")),
                number(source.get("estimatedValue")), instant(source.get("deadline")),
                instant(source.get("publishedAt")), string(source.get("placeScope")),
                strings(source.get("departmentCodes")), strings(source.get("regionCodes")),
                strings(source.get("cpvCodes")), lots(source.get("lots")), strings(source.get("reservations")),
                bool(source.get("socialClause")), integer(source.get("insertionHours")),
                bool(source.get("environmentalClause")), highlights);
    }

    private static List<Lot> lots(Object value) {
        if (!(value instanceof Collection<?> lots)) {
            return null;
        }
        return lots.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(lot -> new Lot(integer(lot.get("number")), string(lot.get("title")), string(lot.get("cpv")),
                        number(lot.get("estimatedValue")), string(lot.get("reservation"))))
                .toList();
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean bool ? bool : null;
    }
}
