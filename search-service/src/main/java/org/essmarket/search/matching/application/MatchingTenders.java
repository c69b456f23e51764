package org.essmarket.search.matching.application;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.domain.Cpv;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.TerritoryCentres;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.TenderPlace;
import org.essmarket.search.tenders.domain.Reservation;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The open tenders a supplier may be concerned by, read from the {@code tenders} index: PUBLISHED,
 * deadline not passed, with a CPV code in one of the supplier's divisions. As for
 * {@link MatchingSuppliers}, Elasticsearch narrows coarsely and the domain decides; all pages are
 * read in id order (search_after).
 */
@Component
class MatchingTenders {

    static final String INDEX = "tenders";

    private final ElasticsearchClient client;
    private final TerritoryCentres centres;

    MatchingTenders(ElasticsearchClient client, CatalogueReferenceData reference) {
        this.client = client;
        this.centres = reference.centres();
    }

    List<PublishedTender> openTendersFor(MatchableSupplier supplier) throws IOException {
        List<String> divisions = Cpv.divisions(supplier.activities().stream()
                .flatMap(activity -> activity.cpvCodes().stream()).toList());
        if (divisions.isEmpty()) {
            return List.of();
        }
        Query published = Query.of(q -> q.term(t -> t.field("status").value(PublishedTender.PUBLISHED)));
        Query open = Query.of(q -> q.range(r -> r.date(d -> d.field("deadline").gt(Instant.now().toString()))));
        Query query = SearchQueries.allOf(List.of(published, open, SearchQueries.terms("cpvDivisions", divisions)));
        return SearchQueries.everyHit(client, INDEX, query, List.of("id", "title", "status", "cpvCodes", "lots",
                "departmentCodes", "regionCodes", "deadline"), MatchingSuppliers.PAGE_SIZE).stream()
                .map(hit -> tender(hit.id(), hit.source() == null ? Map.of() : hit.source())).toList();
    }

    /**
     * A tender as matching reads it from its indexed (or pushed) document; the place's centres are
     * its departments' centroids, else its regions'.
     */
    PublishedTender tender(String id, Map<?, ?> document) {
        List<String> departments = strings(document.get("departmentCodes"));
        List<String> regions = strings(document.get("regionCodes"));
        List<GeoPoint> points = new ArrayList<>(departments.stream().map(centres::ofDepartment)
                .flatMap(Optional::stream).toList());
        if (departments.isEmpty()) {
            regions.stream().map(centres::ofRegion).flatMap(Optional::stream).forEach(points::add);
        }
        List<PublishedTender.Lot> lots = document.get("lots") instanceof Collection<?> all
                ? all.stream().filter(Map.class::isInstance).map(Map.class::cast)
                        .map(lot -> new PublishedTender.Lot(SearchQueries.string(lot.get("cpv")),
                                Reservation.fromCode(SearchQueries.string(lot.get("reservation"))).orElse(null)))
                        .toList()
                : List.of();
        return new PublishedTender(id, SearchQueries.string(document.get("title")),
                SearchQueries.string(document.get("status")), strings(document.get("cpvCodes")), lots,
                new TenderPlace(Set.copyOf(departments), Set.copyOf(regions), points), SearchQueries.instant(document.get("deadline")));
    }

    private static List<String> strings(Object value) {
        List<String> strings = SearchQueries.strings(value);
        return strings == null ? List.of() : strings.stream().filter(Objects::nonNull).distinct().toList();
    }
}
