package org.essmarket.search.catalogue.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.essmarket.search.catalogue.domain.CatalogueQuery;
import org.essmarket.search.catalogue.domain.ServedPlace;
import org.essmarket.search.catalogue.domain.GeoPoint;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Turns a checked {@link CatalogueQuery} into the Elasticsearch request for the {@code suppliers}
 * alias. The rules, and why:
 * <ul>
 * <li><b>Only public data</b>: a filter keeps VERIFIED suppliers, and {@code _source} is cut to the
 * public fields, so members, status and computed fields never leave Elasticsearch.</li>
 * <li><b>Text is words, never syntax</b>: the user's text only goes into {@code match} /
 * {@code multi_match} queries (analysed with the French analyzer), never {@code query_string}.</li>
 * <li><b>Recall</b> ({@code must}): a {@code match} on {@code searchText} (name, brand, description,
 * kind names, CPV labels, place names: see SupplierSearchText). Up to 2 words all must match; from 3
 * words, 75 % of them ({@value #MINIMUM_SHOULD_MATCH}), so that one word the supplier's text lacks
 * does not empty the page while full matches still rank first. Typos are tolerated
 * ({@value #FUZZINESS}: no edit under 4 letters, one up to 7, two from 8; the first letter must be
 * right, which keeps fuzzy expansion cheap).</li>
 * <li><b>Ranking</b> ({@code should}): the very words typed count more than words that only share
 * their stem (the light French stemmer makes "traiteur" and "traitement" both {@code trait}:
 * {@code searchText.words} is folded but not stemmed); the supplier's own words count more than
 * derived ones ({@code cross_fields} on legalName^3, brand^2, description); words in sequence more
 * than scattered ones (phrase with slop 2); and the exact name most (term on the folded name).</li>
 * <li><b>Facets</b> are disjunctive: filters go to {@code post_filter}, and each facet counts with all
 * filters but its own, so picking department 93 still shows how many there are in 75.</li>
 * </ul>
 */
public final class CatalogueSearchRequests {

    public static final String INDEX = "suppliers";
    public static final String VISIBLE_STATUS = "VERIFIED";

    static final String MINIMUM_SHOULD_MATCH = "2<75%";
    static final String FUZZINESS = "AUTO:4,8";
    static final int FUZZY_PREFIX_LENGTH = 1;
    static final int FUZZY_MAX_EXPANSIONS = 20;

    /** The public fields of a supplier: what a result may show. */
    static final List<String> PUBLIC_FIELDS = List.of("id", "siret", "legalName", "brand", "description", "kinds",
            "legalForm", "naf", "communeCode", "department", "region", "location", "cpvCodes", "activities", "labels",
            "networks");

    /** The facets: name in the response, the field counted, a raw sub-field for display spelling, and size. */
    enum Facet {
        KIND("kind", "kinds", null, 20),
        REGION("region", "region", null, 20),
        DEPARTMENT("department", "department", null, 30),
        CPV_DIVISION("cpvDivision", "cpvDivisions", null, 50),
        LEGAL_FORM("legalForm", "legalForm", "legalForm.raw", 20),
        LABEL("label", "labels", "labels.raw", 30);

        final String key;
        final String field;
        final String displayField;
        final int size;

        Facet(String key, String field, String displayField, int size) {
            this.key = key;
            this.field = field;
            this.displayField = displayField;
            this.size = size;
        }

        /** The filter of this facet's dimension in the query, or null when the query has none. */
        Query filter(CatalogueQuery query) {
            return switch (this) {
                case KIND -> SearchQueries.terms(field, query.kinds());
                case REGION -> SearchQueries.terms(field, query.regions());
                case DEPARTMENT -> SearchQueries.terms(field, query.departments());
                case CPV_DIVISION -> SearchQueries.anyPrefix("cpvCodes", query.cpvPrefixes());
                case LEGAL_FORM -> SearchQueries.terms(field, query.legalForms());
                case LABEL -> SearchQueries.terms(field, query.labels());
            };
        }
    }

    private static final SortOptions BY_NAME = SortOptions
            .of(s -> s.field(f -> f.field("legalName.exact").order(SortOrder.Asc)));
    private static final SortOptions BY_ID = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));

    static final String VALUES = SearchQueries.VALUES;
    /** Distinct RADIUS ranges considered when searching who serves a place (users pick round numbers). */
    static final int MAX_RADII = 500;
    static final String DISPLAY = "display";

    private CatalogueSearchRequests() {
    }

    /** @param radiiInUse see {@link #reaching}; empty unless the query has a served place */
    public static SearchRequest build(CatalogueQuery query, List<Integer> radiiInUse) {
        List<SearchQueries.Dimension> dimensions = Arrays.stream(Facet.values())
                .map(facet -> new SearchQueries.Dimension(facet.key, facet.filter(query), counted(facet))).toList();
        return SearchQueries.facetedPage(INDEX, mainQuery(query, radiiInUse), query.page(), query.size(), PUBLIC_FIELDS,
                sort(query), dimensions, query.hasText() ? highlight(query.text()) : null);
    }

    /**
     * The text (or everything) among VERIFIED suppliers, within the radius when one is given, reaching
     * the served commune when one is given.
     */
    static Query mainQuery(CatalogueQuery query, List<Integer> radiiInUse) {
        List<Query> filters = new ArrayList<>();
        filters.add(verified());
        if (query.near() != null && query.radiusKm() != null) {
            filters.add(Query.of(q -> q.geoDistance(g -> g.field("location").location(location(query.near()))
                    .distance(query.radiusKm() + "km").distanceType(GeoDistanceType.Arc))));
        }
        if (query.serving() != null) {
            filters.add(reaching(query.serving(), radiiInUse));
        }
        Query text = query.hasText() ? text(query.text()) : Query.of(q -> q.matchAll(all -> all));
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    /**
     * Suppliers one of whose activities reaches the place: anywhere, its department or region, or a
     * radius around the supplier's location taking it in. The radius differs from one supplier to the
     * next and the index has no scripting, so there is one clause per radius in use: that radius,
     * and the place within it.
     *
     * @param radiiInUse the distinct {@code reachRadiusKm} of the VERIFIED suppliers
     */
    static Query reaching(ServedPlace place, List<Integer> radiiInUse) {
        List<Query> ways = new ArrayList<>();
        ways.add(Query.of(q -> q.term(t -> t.field(SupplierIndexEnricher.REACH_COUNTRY).value(true))));
        ways.add(Query.of(q -> q.term(t -> t.field(SupplierIndexEnricher.REACH_DEPARTMENTS)
                .value(place.departmentCode()))));
        if (place.regionCode() != null) {
            ways.add(Query.of(q -> q.term(t -> t.field(SupplierIndexEnricher.REACH_REGIONS).value(place.regionCode()))));
        }
        if (place.location() != null) {
            for (Integer radiusKm : radiiInUse) {
                Query thatRadius = Query.of(q -> q.term(t -> t.field(SupplierIndexEnricher.REACH_RADIUS_KM)
                        .value(radiusKm)));
                Query placeWithin = Query.of(q -> q.geoDistance(g -> g.field("location")
                        .location(location(place.location())).distance(radiusKm + "km")
                        .distanceType(GeoDistanceType.Arc)));
                ways.add(Query.of(q -> q.bool(b -> b.filter(thatRadius, placeWithin))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1")));
    }

    /** The distinct radii of VERIFIED suppliers' RADIUS activities, for {@link #reaching}. */
    public static SearchRequest radiiInUse() {
        return SearchRequest.of(search -> search.index(INDEX).size(0).query(verified())
                .aggregations(SupplierIndexEnricher.REACH_RADIUS_KM, a -> a.terms(t -> t
                        .field(SupplierIndexEnricher.REACH_RADIUS_KM).size(MAX_RADII))));
    }

    static Query text(String text) {
        Query recall = Query.of(q -> q.match(m -> m.field("searchText").query(text).operator(Operator.Or)
                .minimumShouldMatch(MINIMUM_SHOULD_MATCH).fuzziness(FUZZINESS).prefixLength(FUZZY_PREFIX_LENGTH)
                .maxExpansions(FUZZY_MAX_EXPANSIONS)));
        Query sameWords = Query.of(q -> q.match(m -> m.field("searchText.words").query(text).operator(Operator.Or)
                .boost(2f)));
        Query ownWords = Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.CrossFields)
                .fields("legalName^3", "brand^2", "description").operator(Operator.Or)));
        Query phrase = Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.Phrase)
                .fields("legalName^3", "brand^2", "description").slop(2).boost(2f)));
        Query exactName = Query.of(q -> q.term(t -> t.field("legalName.exact").value(text).boost(10f)));
        return Query.of(q -> q.bool(b -> b.must(recall).should(sameWords, ownWords, phrase, exactName)));
    }

    /** The suppliers anyone may see. */
    public static Query verified() {
        return Query.of(q -> q.term(t -> t.field("status").value(VISIBLE_STATUS)));
    }

    /**
     * A page of the VERIFIED suppliers among {@code ids} (found by matching), by name, with the same
     * public fields as the catalogue.
     */
    public static SearchRequest verifiedAmong(List<String> ids, int page, int size) {
        return SearchRequest.of(search -> search.index(INDEX)
                .query(q -> q.bool(b -> b.filter(verified(), SearchQueries.terms("id", ids))))
                .from(page * size).size(size).trackTotalHits(total -> total.enabled(true))
                .source(source -> source.filter(filter -> filter.includes(PUBLIC_FIELDS)))
                .sort(BY_NAME, BY_ID));
    }

    private static List<SortOptions> sort(CatalogueQuery query) {
        SortOptions byScore = SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc)));
        return switch (query.sort()) {
            case RELEVANCE -> List.of(byScore, BY_NAME, BY_ID);
            case NAME -> List.of(BY_NAME, BY_ID);
            case DISTANCE -> List.of(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(location(query.near())).order(SortOrder.Asc).unit(DistanceUnit.Kilometers)
                    .distanceType(GeoDistanceType.Arc))), byScore, BY_ID);
        };
    }

    private static Aggregation counted(Facet facet) {
        return facet.displayField == null
                ? Aggregation.of(a -> a.terms(t -> t.field(facet.field).size(facet.size)))
                : Aggregation.of(a -> a.terms(t -> t.field(facet.field).size(facet.size))
                        .aggregations(DISPLAY, display -> display.terms(t -> t.field(facet.displayField).size(1))));
    }

    private static Highlight highlight(String text) {
        Query terms = Query.of(q -> q.multiMatch(m -> m.query(text).fields("legalName", "brand", "description")
                .operator(Operator.Or).fuzziness(FUZZINESS).prefixLength(FUZZY_PREFIX_LENGTH)
                .maxExpansions(FUZZY_MAX_EXPANSIONS)));
        return Highlight.of(h -> h
                // Names and descriptions are written by suppliers: escape them, only our <em> is markup.
                .encoder(HighlighterEncoder.Html)
                .preTags("<em>").postTags("</em>")
                .highlightQuery(terms)
                .fields(NamedValue.of("legalName", HighlightField.of(f -> f.numberOfFragments(0))),
                        NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2)))));
    }

    private static GeoLocation location(GeoPoint point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }
}
