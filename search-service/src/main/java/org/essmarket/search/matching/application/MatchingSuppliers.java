package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.domain.Cpv;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.SupplierKind;
import org.essmarket.search.matching.domain.GeographicRange;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.SupplierActivity;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The suppliers a tender may concern, read from the {@code suppliers} index: VERIFIED ones with a
 * CPV code in one of the tender's divisions. Elasticsearch narrows coarsely (division, status); the
 * precise rules (group, place, reservation) are the domain's, applied to what comes back. All pages
 * are read, {@value #PAGE_SIZE} at a time, in id order (search_after).
 */
@Component
class MatchingSuppliers {

    static final String INDEX = "suppliers";
    static final int PAGE_SIZE = 500;

    private final ElasticsearchClient client;

    MatchingSuppliers(ElasticsearchClient client) {
        this.client = client;
    }

    List<MatchableSupplier> candidatesFor(PublishedTender tender) throws IOException {
        List<String> divisions = Cpv.divisions(tender.cpvCodes().isEmpty()
                ? tender.lots().stream().map(PublishedTender.Lot::cpv).toList()
                : concat(tender.cpvCodes(), tender.lots().stream().map(PublishedTender.Lot::cpv).toList()));
        if (divisions.isEmpty()) {
            return List.of();
        }
        Query verified = Query.of(q -> q.term(t -> t.field("status").value(MatchableSupplier.VERIFIED)));
        Query inDivisions = SearchQueries.terms("cpvDivisions", divisions);
        Query query = SearchQueries.allOf(List.of(verified, inDivisions));
        return SearchQueries.everyHit(client, INDEX, query, List.of("id", "status", "kinds", "location", "activities",
                "memberIds"), PAGE_SIZE).stream().map(hit -> supplier(hit.id(), hit.source())).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A supplier as matching reads it from its indexed (or pushed) document. */
    static MatchableSupplier supplier(String documentId, Map<?, ?> document) {
        Map<?, ?> source = document == null ? Map.of() : document;
        Set<SupplierKind> kinds = strings(source.get("kinds")).stream().map(SupplierKind::fromCode)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        List<SupplierActivity> activities = source.get("activities") instanceof Collection<?> all
                ? all.stream().filter(Map.class::isInstance).map(Map.class::cast).map(MatchingSuppliers::activity).toList()
                : List.of();
        String id = SearchQueries.string(source.get("id"));
        return new MatchableSupplier(id == null ? documentId : id, SearchQueries.string(source.get("status")), kinds,
                point(source.get("location")), activities, strings(source.get("memberIds")));
    }

    private static SupplierActivity activity(Map<?, ?> activity) {
        GeographicRange range = null;
        if (activity.get("range") instanceof Map<?, ?> r) {
            GeographicRange.Kind kind = switch (String.valueOf(r.get("kind"))) {
                case "COUNTRY" -> GeographicRange.Kind.COUNTRY;
                case "RADIUS" -> GeographicRange.Kind.RADIUS;
                case "ZONES" -> GeographicRange.Kind.ZONES;
                default -> null;
            };
            range = new GeographicRange(kind, SearchQueries.integer(r.get("radiusKm")),
                    Set.copyOf(strings(r.get("departments"))), Set.copyOf(strings(r.get("regions"))));
        }
        return new SupplierActivity(strings(activity.get("cpvCodes")), range);
    }

    private static GeoPoint point(Object value) {
        return SearchQueries.point(value);
    }

    private static List<String> strings(Object value) {
        List<String> strings = SearchQueries.strings(value);
        return strings == null ? List.of() : strings.stream().filter(Objects::nonNull).toList();
    }
}
