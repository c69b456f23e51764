package org.essmarket.tender.bid.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.domain.Tenderer;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.integration.notification.NotificationClient;
import org.essmarket.tender.integration.notification.NotificationClient.Notification;
import org.essmarket.tender.integration.supplier.SupplierDirectory;
import org.essmarket.tender.integration.supplier.TendererProfile;
import org.essmarket.tender.tender.domain.LotAward;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import feign.FeignException;

/**
 * Tells every bidder on an awarded lot whether it won (or, the tender cancelled, that it was),
 * through search-service's notifications.
 * The awards on the tender are the outbox: an award stays "to tell" until search-service took the
 * notifications, so nobody is forgotten while search-service is down; the notifications' ids are
 * stable, so a retry never tells anyone twice. It also marks the winning bid AWARDED.
 * The bidders' users are those supplier-service names when the outcome is told (supplier-service
 * down: the outcome waits like for search-service), not those of the day the bid was submitted.
 */
@Component
public class OutcomeNotifier {

    private static final Logger log = LoggerFactory.getLogger(OutcomeNotifier.class);

    private final TenderStore tenders;
    private final BidStore bids;
    private final NotificationClient notifications;
    private final SupplierDirectory suppliers;

    OutcomeNotifier(TenderStore tenders, BidStore bids, NotificationClient notifications, SupplierDirectory suppliers) {
        this.tenders = tenders;
        this.bids = bids;
        this.notifications = notifications;
        this.suppliers = suppliers;
    }

    @Scheduled(fixedDelayString = "${essmarket.bids.outcome-interval}", initialDelayString = "${essmarket.bids.outcome-interval}")
    public void tellOutcomes() {
        for (Tender tender : tenders.withOutcomesToTell(50)) {
            try {
                tell(tender);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Tender {} changed while telling its bidders; the next run tells the rest", tender.id());
            } catch (RuntimeException partnerDown) {
                log.warn("Could not tell the bidders of tender {} their outcome yet ({}); retrying later", tender.id(),
                        partnerDown.toString());
                return;
            }
        }
    }

    /** The 4xx answer behind a failed call, if search-service answered one (not down, not slow). */
    private static Optional<FeignException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeignException.FeignClientException clientError) {
                return Optional.of(clientError);
            }
        }
        return Optional.empty();
    }

    private void tell(Tender tender) {
        List<Bid> onTender = bids.onTender(tender.id());
        // A cancelled tender's awards are void: nobody won, every bidder on the lot hears of the cancellation.
        boolean cancelled = tender.status() == TenderStatus.CANCELLED;
        Map<String, List<String>> usersOf = new HashMap<>();
        for (LotAward award : tender.awards()) {
            if (!award.outcomeToTell()) {
                continue;
            }
            List<Notification> batch = new ArrayList<>();
            for (Bid bid : onTender) {
                if (!bid.lotNumbers().contains(award.lotNumber()) || bid.status() == BidStatus.WITHDRAWN) {
                    continue;
                }
                boolean won = !cancelled && bid.id().equals(award.bidId());
                if (won && bid.status() != BidStatus.AWARDED) {
                    bid.markAwarded();
                    bids.save(bid);
                }
                String title = (cancelled ? "L'appel d'offres est annulé, votre offre sur le lot "
                        : won ? "Votre offre est retenue pour le lot " : "Votre offre n'est pas retenue pour le lot ")
                        + award.lotNumber() + " — " + tender.terms().title();
                // Its own id: a bidder already told it won or lost is still told of the cancellation.
                String news = cancelled ? "bid-cancelled:" : "bid-outcome:";
                for (String user : users(bid, usersOf)) {
                    batch.add(new Notification(news + tender.id() + ":" + award.lotNumber() + ":" + bid.id() + ":" + user,
                            user, "BID_OUTCOME", title, "/api/v1/tenders/" + tender.id() + "/bids/" + bid.id()));
                }
            }
            try {
                for (int from = 0; from < batch.size(); from += NotificationClient.MAX_BATCH) {
                    notifications.deliver(batch.subList(from, Math.min(batch.size(), from + NotificationClient.MAX_BATCH)));
                }
                tender.markOutcomeNotified(award.lotNumber());
            } catch (RuntimeException failure) {
                // search-service answered and refused these notifications (a 4xx): retrying would fail the
                // same way and hold up every other outcome, so they are set aside with the reason.
                FeignException refused = refusal(failure).orElseThrow(() -> failure);
                log.error("search-service refused the outcome notifications of lot {} of tender {}: {}; set aside",
                        award.lotNumber(), tender.id(), refused.getMessage());
                tender.markOutcomeUndeliverable(award.lotNumber(), refused.status() + " " + refused.getMessage());
            }
        }
        tenders.save(tender);
    }

    /** The users acting now for the bid's tenderers (a supplier supplier-service no longer knows has none). */
    private Set<String> users(Bid bid, Map<String, List<String>> usersOf) {
        Set<String> users = new LinkedHashSet<>();
        for (Tenderer tenderer : bid.tenderers()) {
            users.addAll(usersOf.computeIfAbsent(tenderer.supplierId(),
                    supplierId -> suppliers.tenderer(supplierId).map(TendererProfile::memberIds).orElse(List.of())));
        }
        return users;
    }
}
