package org.essmarket.search.matching.application;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.stereotype.Service;

/**
 * Tells the members of every supplier a published tender concerns, and the owners of the saved
 * searches that find it (DESIGN.md §3 "Alerts"), by email too for saved searches that ask for it.
 * Supplier matches are found from either side:
 * <ul>
 * <li>when search holds a tender open for bids (PUBLISHED, deadline not passed), the matching
 * suppliers are found ({@link MatchingSuppliers}, {@link TenderMatching});</li>
 * <li>when it holds a VERIFIED supplier with members, the open tenders that concern it are
 * ({@link MatchingTenders}): a supplier verified, or given a new activity, just after a tender was
 * published is told of it too, whichever push reaches search first.</li>
 * </ul>
 * Each user gets one TENDER_ALERT per tender in the in-app feed, whichever way it matched.
 *
 * <p>It works from the document as search holds it when it runs ({@link AlertOutbox} runs it for
 * each version pushed, possibly later, after failures): a tender cancelled, closed or past its
 * deadline meanwhile tells nobody, and of a tender's versions arriving out of order only the one
 * search keeps decides. Alerts are idempotent ({@link TenderAlert#idOf}: the feed keeps the first
 * of an id), so running it again for the same or a newer version tells nobody twice.
 */
@Service
class TenderAlerts {

    private static final Logger log = LoggerFactory.getLogger(TenderAlerts.class);

    private final IndexedDocuments documents;
    private final MatchingSuppliers suppliers;
    private final MatchingTenders tenders;
    private final SavedSearches savedSearches;
    private final NotificationFeed feed;
    private final EmailAlerts email;
    private final Clock clock;

    TenderAlerts(IndexedDocuments documents, MatchingSuppliers suppliers, MatchingTenders tenders,
            SavedSearches savedSearches, NotificationFeed feed, EmailAlerts email) {
        this.documents = documents;
        this.suppliers = suppliers;
        this.tenders = tenders;
        this.savedSearches = savedSearches;
        this.feed = feed;
        this.email = email;
        this.clock = Clock.systemUTC();
    }

    /**
     * Whether this version of a document, as pushed, may call for alerts: what cannot (a draft, a
     * closed tender, a supplier nobody speaks for) is not recorded as alert work.
     */
    boolean mayAlert(String type, String id, Map<String, Object> document) {
        return switch (type) {
            case "tenders" -> tenders.tender(id, document).isOpenAt(clock.instant());
            case "suppliers" -> hasMembersToTell(MatchingSuppliers.supplier(id, document));
            default -> false;
        };
    }

    /** Delivers the alerts the document search holds now calls for; nothing when it holds none. */
    void alert(String type, String id, long version) throws IOException {
        Optional<Map<String, Object>> held = documents.find(type, id);
        if (held.isEmpty()) {
            return; // removed since (a tender cancelled): nobody is to be told of it
        }
        switch (type) {
            case "tenders" -> tenderIndexed(id, version, held.get());
            case "suppliers" -> supplierIndexed(id, version, held.get());
            default -> {
            }
        }
    }

    private void tenderIndexed(String id, long version, Map<String, Object> document) throws IOException {
        PublishedTender tender = tenders.tender(id, document);
        if (!tender.isOpenAt(clock.instant())) {
            return;
        }
        Map<String, TenderAlert> alerts = new LinkedHashMap<>();
        TenderMatching.alerts(tender, suppliers.candidatesFor(tender)).forEach(alert -> alerts.put(alert.id(), alert));
        List<SavedSearch> finding = savedSearches.findingTender(id);
        finding.forEach(search -> alerts.putIfAbsent(TenderAlert.idOf(id, search.ownerUserId()),
                TenderAlert.of(tender, search.ownerUserId())));
        Map<String, EmailAlerts.AlertEmail> emails = new LinkedHashMap<>();
        if (email.sends()) {
            finding.stream().filter(SavedSearch::alertsByEmail).forEach(search -> {
                TenderAlert alert = alerts.get(TenderAlert.idOf(id, search.ownerUserId()));
                emails.putIfAbsent(alert.id(), new EmailAlerts.AlertEmail(search.alertEmail(), alert.title(),
                        "Votre recherche enregistrée « " + search.name() + " » trouve un nouvel appel d'offres : "
                                + tender.title() + "."));
            });
        }
        int delivered = deliver(List.copyOf(alerts.values()), emails).size();
        log.info("tender {} v{}: {} alerts ({} saved searches), {} new", id, version, alerts.size(), finding.size(),
                delivered);
    }

    private void supplierIndexed(String id, long version, Map<String, Object> document) throws IOException {
        MatchableSupplier supplier = MatchingSuppliers.supplier(id, document);
        if (!hasMembersToTell(supplier)) {
            return;
        }
        List<TenderAlert> alerts = TenderMatching.alertsFor(supplier, tenders.openTendersFor(supplier));
        int delivered = deliver(alerts, Map.of()).size();
        if (delivered > 0) {
            log.info("supplier {} v{}: {} alerts of open tenders, {} new", id, version, alerts.size(), delivered);
        }
    }

    /** Nobody to tell otherwise: most imported structures have no member account yet. */
    private static boolean hasMembersToTell(MatchableSupplier supplier) {
        return supplier.isVerified() && !supplier.memberIds().isEmpty();
    }

    /** @return the ids of the alerts that were new */
    private List<String> deliver(List<TenderAlert> alerts, Map<String, EmailAlerts.AlertEmail> emails) {
        return feed.deliver(alerts.stream().map(alert -> new NewNotification(alert.id(), alert.recipientUserId(),
                NotificationKind.TENDER_ALERT, alert.title(), link(alert))).toList(), emails);
    }

    private static String link(TenderAlert alert) {
        return "/api/v1/tenders/" + alert.tenderId();
    }
}
