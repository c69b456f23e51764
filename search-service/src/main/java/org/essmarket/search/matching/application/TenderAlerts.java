package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.essmarket.search.index.application.IndexedDocumentListener;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.TenderAlert;
import org.essmarket.search.matching.domain.TenderMatching;
import org.essmarket.search.notification.application.NewNotification;
import org.essmarket.search.notification.application.NotificationFeed;
import org.essmarket.search.notification.domain.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells the members of every supplier a published tender concerns (DESIGN.md §3 "Alerts"), from
 * either side of the match:
 * <ul>
 * <li>when search indexes a version of a tender it did not hold and that version is PUBLISHED, the
 * matching suppliers are found ({@link MatchingSuppliers}, {@link TenderMatching});</li>
 * <li>when it indexes a new version of a VERIFIED supplier with members, the open tenders that
 * concern it are ({@link MatchingTenders}): a supplier verified, or given a new activity, just
 * after a tender was published is told of it too, whichever push reaches search first.</li>
 * </ul>
 * Each member gets one TENDER_ALERT per tender in the in-app feed.
 *
 * <p>It runs after the index write, in the owner's push: a failure here is logged by SearchIndices
 * and the push still succeeds. Alerts are idempotent ({@link TenderAlert#idOf}: the feed keeps the
 * first of an id), so a newer version of either document, which runs this again, retries what
 * failed without telling anyone twice. A reindex does not run it: it changes nothing for users.
 */
@Service
class TenderAlerts implements IndexedDocumentListener {

    private static final Logger log = LoggerFactory.getLogger(TenderAlerts.class);

    private final MatchingSuppliers suppliers;
    private final MatchingTenders tenders;
    private final NotificationFeed feed;
    private final boolean enabled;

    TenderAlerts(MatchingSuppliers suppliers, MatchingTenders tenders, NotificationFeed feed,
            @Value("${essmarket.matching.tender-alerts}") boolean enabled) {
        this.suppliers = suppliers;
        this.tenders = tenders;
        this.feed = feed;
        this.enabled = enabled;
    }

    @Override
    public void indexed(String type, String id, long version, Map<String, Object> document) {
        if (!enabled) {
            return;
        }
        try {
            switch (type) {
                case "tenders" -> tenderIndexed(id, version, document);
                case "suppliers" -> supplierIndexed(id, version, document);
                default -> {
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the matches of " + type + " " + id, e);
        }
    }

    private void tenderIndexed(String id, long version, Map<String, Object> document) throws IOException {
        PublishedTender tender = tenders.tender(id, document);
        if (!tender.isPublished()) {
            return;
        }
        List<TenderAlert> alerts = TenderMatching.alerts(tender, suppliers.candidatesFor(tender));
        log.info("tender {} v{}: {} alerts, {} new", id, version, alerts.size(), deliver(alerts));
    }

    private void supplierIndexed(String id, long version, Map<String, Object> document) throws IOException {
        MatchableSupplier supplier = MatchingSuppliers.supplier(id, document);
        if (!supplier.isVerified() || supplier.memberIds().isEmpty()) {
            return; // nobody to tell: most imported structures have no member account yet
        }
        List<TenderAlert> alerts = TenderMatching.alertsFor(supplier, tenders.openTendersFor(supplier));
        int delivered = deliver(alerts);
        if (delivered > 0) {
            log.info("supplier {} v{}: {} alerts of open tenders, {} new", id, version, alerts.size(), delivered);
        }
    }

    private int deliver(List<TenderAlert> alerts) {
        return feed.deliver(alerts.stream().map(alert -> new NewNotification(alert.id(), alert.recipientUserId(),
                NotificationKind.TENDER_ALERT, alert.title(), "/api/v1/tenders/" + alert.tenderId())).toList());
    }
}
