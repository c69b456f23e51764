package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.search.index.application.IndexedDocumentListener;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.TenderAlert;
import org.essmarket.search.matching.domain.TenderMatching;
import org.essmarket.search.notification.application.EmailAlerts;
import org.essmarket.search.notification.application.NewNotification;
import org.essmarket.search.notification.application.NotificationFeed;
import org.essmarket.search.notification.domain.NotificationKind;
import org.essmarket.search.savedsearch.application.SavedSearches;
import org.essmarket.search.savedsearch.domain.SavedSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells the members of every supplier a published tender concerns, and the owners of the saved
 * searches that find it (DESIGN.md §3 "Alerts"), by email too for saved searches that ask for it.
 * Supplier matches are found from either side:
 * <ul>
 * <li>when search indexes a version of a tender it did not hold and that version is PUBLISHED, the
 * matching suppliers are found ({@link MatchingSuppliers}, {@link TenderMatching});</li>
 * <li>when it indexes a new version of a VERIFIED supplier with members, the open tenders that
 * concern it are ({@link MatchingTenders}): a supplier verified, or given a new activity, just
 * after a tender was published is told of it too, whichever push reaches search first.</li>
 * </ul>
 * Each user gets one TENDER_ALERT per tender in the in-app feed, whichever way it matched.
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
    private final SavedSearches savedSearches;
    private final NotificationFeed feed;
    private final EmailAlerts email;
    private final boolean enabled;

    TenderAlerts(MatchingSuppliers suppliers, MatchingTenders tenders, SavedSearches savedSearches,
            NotificationFeed feed, EmailAlerts email, @Value("${essmarket.matching.tender-alerts}") boolean enabled) {
        this.suppliers = suppliers;
        this.tenders = tenders;
        this.savedSearches = savedSearches;
        this.feed = feed;
        this.email = email;
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
        Map<String, TenderAlert> alerts = new LinkedHashMap<>();
        TenderMatching.alerts(tender, suppliers.candidatesFor(tender)).forEach(alert -> alerts.put(alert.id(), alert));
        List<SavedSearch> finding = savedSearches.findingTender(id);
        finding.forEach(search -> alerts.putIfAbsent(TenderAlert.idOf(id, search.ownerUserId()),
                TenderAlert.of(tender, search.ownerUserId())));
        List<String> delivered = deliver(List.copyOf(alerts.values()));
        finding.stream().filter(SavedSearch::alertsByEmail)
                .filter(search -> delivered.contains(TenderAlert.idOf(id, search.ownerUserId())))
                .forEach(search -> email(tender, alerts.get(TenderAlert.idOf(id, search.ownerUserId())), search));
        log.info("tender {} v{}: {} alerts ({} saved searches), {} new", id, version, alerts.size(), finding.size(),
                delivered.size());
    }

    private void email(PublishedTender tender, TenderAlert alert, SavedSearch search) {
        email.send(search.alertEmail(), alert.title(), "Votre recherche enregistrée « " + search.name()
                + " » trouve un nouvel appel d'offres : " + tender.title() + ".", link(alert));
    }

    private void supplierIndexed(String id, long version, Map<String, Object> document) throws IOException {
        MatchableSupplier supplier = MatchingSuppliers.supplier(id, document);
        if (!supplier.isVerified() || supplier.memberIds().isEmpty()) {
            return; // nobody to tell: most imported structures have no member account yet
        }
        List<TenderAlert> alerts = TenderMatching.alertsFor(supplier, tenders.openTendersFor(supplier));
        int delivered = deliver(alerts).size();
        if (delivered > 0) {
            log.info("supplier {} v{}: {} alerts of open tenders, {} new", id, version, alerts.size(), delivered);
        }
    }

    /** @return the ids of the alerts that were new */
    private List<String> deliver(List<TenderAlert> alerts) {
        return feed.deliver(alerts.stream().map(alert -> new NewNotification(alert.id(), alert.recipientUserId(),
                NotificationKind.TENDER_ALERT, alert.title(), link(alert))).toList());
    }

    private static String link(TenderAlert alert) {
        return "/api/v1/tenders/" + alert.tenderId();
    }
}
