package org.essmarket.search.tenders.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.tenders.domain.TenderQuery;
import org.essmarket.search.tenders.domain.TenderSort;
import org.essmarket.search.tenders.domain.TenderStatus;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Turns a checked {@link TenderQuery} into the Elasticsearch request for the {@code tenders} alias,
 * from the same pieces as the catalogue ({@link SearchQueries}):
 * <ul>
 * <li><b>Only public tenders</b>: the main query keeps the public statuses whatever the filters say
 * (the index should hold no others; this holds even if it one day does).</li>
 * <li><b>Text is words, never syntax</b>: a {@code multi_match} on title, description and lot titles
 * with the French analyzer (elision, accents, plurals); up to 2 words all must match, from 3 words
 * 75 % of them ({@value #MINIMUM_SHOULD_MATCH}); the title counts most, a phrase more than scattered
 * words.</li>
 * <li><b>Facets</b> are disjunctive, as in the catalogue: filters in {@code post_filter}, each facet
 * counted with all filters but its own. Deadline ranges are counted from {@code now}.</li>
 * </ul>
 */
public final class TenderSearchRequests {

    public static final String INDEX = "tenders";

    static final String MINIMUM_SHOULD_MATCH = "2<75%";
    static final List<String> TEXT_FIELDS = List.of("title^3", "lotTitles^2", "description");

    /** The public fields of a tender: what a result may show. */
    static final List<String> PUBLIC_FIELDS = List.of("id", "title", "description", "buyerName", "kind", "procedure",
            "status", "estimatedValue", "deadline", "publishedAt", "placeScope", "departmentCodes", "regionCodes",
            "cpvCodes", "lots", "reservations", "socialClause", "insertionHours", "environmentalClause");

    /** The deadline facet's ranges, from now: a week, a month, more. */
    enum DeadlineRange {
        WITHIN_7_DAYS("lt7d", Duration.ZERO, Duration.ofDays(7)),
        WITHIN_30_DAYS("7to30d", Duration.ofDays(7), Duration.ofDays(30)),
        BEYOND_30_DAYS("gt30d", Duration.ofDays(30), null);

        final String key;
        final Duration from;
        final Duration to;

        DeadlineRange(String key, Duration from, Duration to) {
            this.key = key;
            this.from = from;
            this.to = to;
        }
    }

    /** The facets: name in the response and the field counted. */
    enum Facet {
        RESERVATION("reservation", "reservations", 10),
        STATUS("status", "status", 10),
        DEPARTMENT("department", "departmentCodes", 30),
        REGION("region", "regionCodes", 20),
        CPV_DIVISION("cpvDivision", "cpvDivisions", 50),
        DEADLINE("deadline", "deadline", 0);

        final String key;
        final String field;
        final int size;

        Facet(String key, String field, int size) {
            this.key = key;
            this.field = field;
            this.size = size;
        }

        /** The filter of this facet's dimension in the query, or null when the query has none. */
        Query filter(TenderQuery query) {
            return switch (this) {
                case RESERVATION -> SearchQueries.terms(field, query.reservations());
                case STATUS -> SearchQueries.terms(field, query.statuses());
                case DEPARTMENT -> SearchQueries.terms(field, query.departments());
                case REGION -> SearchQueries.terms(field, query.regions());
                case CPV_DIVISION -> SearchQueries.anyPrefix("cpvCodes", query.cpvPrefixes());
                case DEADLINE -> deadline(query.deadlineFrom(), query.deadlineUntil());
            };
        }

        Aggregation counted(Instant now) {
            if (this == DEADLINE) {
                List<DateRangeExpression> ranges = Arrays.stream(DeadlineRange.values())
                        .map(range -> DateRangeExpression.of(r -> {
                            r.key(range.key).from(at(now.plus(range.from)));
                            if (range.to != null) {
                                r.to(at(now.plus(range.to)));
                            }
                            return r;
                        })).toList();
                return Aggregation.of(a -> a.dateRange(d -> d.field(field).ranges(ranges)));
            }
            return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
        }
    }

    private TenderSearchRequests() {
    }

    public static SearchRequest build(TenderQuery query, Instant now) {
        List<SearchQueries.Dimension> dimensions = Arrays.stream(Facet.values())
                .map(facet -> new SearchQueries.Dimension(facet.key, facet.filter(query), facet.counted(now))).toList();
        return SearchQueries.facetedPage(INDEX, mainQuery(query), query.page(), query.size(), PUBLIC_FIELDS,
                sort(query.sort()), dimensions, query.hasText() ? highlight(query.text()) : null);
    }

    /** A page of these tenders, PUBLISHED ones only, soonest deadline first: public fields only. */
    public static SearchRequest publishedAmong(List<String> ids, int page, int size) {
        return SearchRequest.of(search -> search.index(INDEX)
                .query(q -> q.bool(b -> b.filter(SearchQueries.terms("status", List.of(TenderStatus.PUBLISHED.name())),
                        SearchQueries.terms("id", ids))))
                .from(page * size).size(size).trackTotalHits(total -> total.enabled(true))
                .source(source -> source.filter(filter -> filter.includes(PUBLIC_FIELDS)))
                .sort(sort(TenderSort.DEADLINE)));
    }

    /**
     * Every tender this search finds, filters included, as one query: what a saved search is
     * checked with against a newly published tender.
     */
    public static Query finds(TenderQuery query) {
        List<Query> filters = new ArrayList<>(Arrays.stream(Facet.values()).map(facet -> facet.filter(query))
                .filter(Objects::nonNull).toList());
        filters.add(mainQuery(query));
        return SearchQueries.allOf(filters);
    }

    static Query mainQuery(TenderQuery query) {
        Query visible = SearchQueries.terms("status",
                Arrays.stream(TenderStatus.values()).map(TenderStatus::name).toList());
        Query text = query.hasText() ? text(query.text()) : Query.of(q -> q.matchAll(all -> all));
        return Query.of(q -> q.bool(b -> b.must(text).filter(visible)));
    }

    static Query text(String text) {
        Query recall = Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS)
                .type(TextQueryType.CrossFields).operator(Operator.Or).minimumShouldMatch(MINIMUM_SHOULD_MATCH)));
        Query phrase = Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.Phrase)
                .slop(2).boost(2f)));
        return Query.of(q -> q.bool(b -> b.must(recall).should(phrase)));
    }

    private static List<SortOptions> sort(TenderSort order) {
        SortOptions byScore = SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc)));
        SortOptions byDeadline = SortOptions.of(s -> s.field(f -> f.field("deadline").order(SortOrder.Asc)));
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        return switch (order) {
            case RELEVANCE -> List.of(byScore, byDeadline, byId);
            case DEADLINE -> List.of(byDeadline, byScore, byId);
        };
    }

    private static Query deadline(Instant from, Instant until) {
        if (from == null && until == null) {
            return null;
        }
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field("deadline");
            if (from != null) {
                d.gte(from.toString());
            }
            if (until != null) {
                d.lt(until.toString());
            }
            return d;
        })));
    }

    private static FieldDateMath at(Instant instant) {
        return FieldDateMath.of(m -> m.value((double) instant.toEpochMilli()));
    }

    private static Highlight highlight(String text) {
        Query terms = Query.of(q -> q.multiMatch(m -> m.query(text).fields("title", "description", "lotTitles")
                .operator(Operator.Or)));
        return Highlight.of(h -> h
                // Titles and descriptions are written by buyers: escape them, only our <em> is markup.
                .encoder(HighlighterEncoder.Html)
                .preTags("<em>").postTags("</em>")
                .highlightQuery(terms)
                .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                        NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2))),
                        NamedValue.of("lotTitles", HighlightField.of(f -> f.numberOfFragments(0)))));
    }
}
