package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.TerritoryCentres;
import org.essmarket.search.index.application.IndexedDocumentListener;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.TenderAlert;
import org.essmarket.search.matching.domain.TenderMatching;
import org.essmarket.search.matching.domain.TenderPlace;
import org.essmarket.search.notification.application.NewNotification;
import org.essmarket.search.notification.application.NotificationFeed;
import org.essmarket.search.notification.domain.NotificationKind;
import org.essmarket.search.tenders.domain.Reservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells the members of every supplier a newly published tender concerns (DESIGN.md §3 "Alerts"):
 * when search indexes a version of a tender it did not hold and that version is PUBLISHED, the
 * matching suppliers are found ({@link MatchingSuppliers}, {@link TenderMatching}) and each of
 * their members gets one TENDER_ALERT in the in-app feed.
 *
 * <p>It runs after the index write, in the owner's push: a failure here is logged by SearchIndices
 * and the push still succeeds. Alerts are idempotent ({@link TenderAlert#idOf}: the feed keeps the
 * first of an id), so the next push of a newer version of the tender, or the full reindex, which
 * both run this again, retries what failed without telling anyone twice. Suppliers that only start
 * matching later (a new activity) are told at the tender's next newer version.
 */
@Service
class TenderAlerts implements IndexedDocumentListener {

    private static final Logger log = LoggerFactory.getLogger(TenderAlerts.class);

    private final MatchingSuppliers suppliers;
    private final NotificationFeed feed;
    private final TerritoryCentres centres;
    private final boolean enabled;

    TenderAlerts(MatchingSuppliers suppliers, NotificationFeed feed, CatalogueReferenceData reference,
            @Value("${essmarket.matching.tender-alerts}") boolean enabled) {
        this.suppliers = suppliers;
        this.feed = feed;
        this.centres = reference.centres();
        this.enabled = enabled;
    }

    @Override
    public void indexed(String type, String id, long version, Map<String, Object> document) {
        if (!enabled || !"tenders".equals(type) || !PublishedTender.PUBLISHED.equals(document.get("status"))) {
            return;
        }
        PublishedTender tender = tender(id, document);
        List<TenderAlert> alerts;
        try {
            alerts = TenderMatching.alerts(tender, suppliers.candidatesFor(tender));
        } catch (IOException e) {
            throw new IllegalStateException("could not read the suppliers to alert of tender " + id, e);
        }
        int delivered = feed.deliver(alerts.stream().map(alert -> new NewNotification(alert.id(),
                alert.recipientUserId(), NotificationKind.TENDER_ALERT, alert.title(),
                "/api/v1/tenders/" + alert.tenderId())).toList());
        log.info("tender {} v{}: {} alerts, {} new", id, version, alerts.size(), delivered);
    }

    /** The tender as matching reads it; the place's centres are its departments' centroids, else its regions'. */
    PublishedTender tender(String id, Map<String, Object> document) {
        List<String> departments = strings(document.get("departmentCodes"));
        List<String> regions = strings(document.get("regionCodes"));
        List<GeoPoint> points = new ArrayList<>(departments.stream().map(centres::ofDepartment)
                .flatMap(java.util.Optional::stream).toList());
        if (departments.isEmpty()) {
            regions.stream().map(centres::ofRegion).flatMap(java.util.Optional::stream).forEach(points::add);
        }
        List<PublishedTender.Lot> lots = document.get("lots") instanceof Collection<?> all
                ? all.stream().filter(Map.class::isInstance).map(Map.class::cast)
                        .map(lot -> new PublishedTender.Lot(SearchQueries.string(lot.get("cpv")),
                                Reservation.fromCode(SearchQueries.string(lot.get("reservation"))).orElse(null)))
                        .toList()
                : List.of();
        return new PublishedTender(id, SearchQueries.string(document.get("title")),
                SearchQueries.string(document.get("status")), strings(document.get("cpvCodes")), lots,
                new TenderPlace(java.util.Set.copyOf(departments), java.util.Set.copyOf(regions), points));
    }

    private static List<String> strings(Object value) {
        List<String> strings = SearchQueries.strings(value);
        return strings == null ? List.of() : strings.stream().filter(Objects::nonNull).distinct().toList();
    }
}
