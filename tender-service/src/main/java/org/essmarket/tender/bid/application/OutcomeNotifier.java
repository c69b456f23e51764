package org.essmarket.tender.bid.application;

import java.util.ArrayList;
import java.util.List;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.integration.notification.NotificationClient;
import org.essmarket.tender.integration.notification.NotificationClient.Notification;
import org.essmarket.tender.tender.domain.LotAward;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells every bidder on an awarded lot whether it won, through search-service's notifications.
 * The awards on the tender are the outbox: an award stays "to tell" until search-service took the
 * notifications, so nobody is forgotten while search-service is down; the notifications' ids are
 * stable, so a retry never tells anyone twice. It also marks the winning bid AWARDED.
 */
@Component
public class OutcomeNotifier {

    private static final Logger log = LoggerFactory.getLogger(OutcomeNotifier.class);

    private final TenderStore tenders;
    private final BidStore bids;
    private final NotificationClient notifications;

    OutcomeNotifier(TenderStore tenders, BidStore bids, NotificationClient notifications) {
        this.tenders = tenders;
        this.bids = bids;
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${essmarket.bids.outcome-interval}", initialDelayString = "${essmarket.bids.outcome-interval}")
    public void tellOutcomes() {
        for (Tender tender : tenders.withOutcomesToTell(50)) {
            try {
                tell(tender);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Tender {} changed while telling its bidders; the next run tells the rest", tender.id());
            } catch (RuntimeException searchServiceDown) {
                log.warn("Could not tell the bidders of tender {} their outcome yet ({}); retrying later", tender.id(),
                        searchServiceDown.toString());
                return;
            }
        }
    }

    private void tell(Tender tender) {
        List<Bid> onTender = bids.onTender(tender.id());
        for (LotAward award : tender.awards()) {
            if (award.outcomeNotified()) {
                continue;
            }
            List<Notification> batch = new ArrayList<>();
            for (Bid bid : onTender) {
                if (!bid.lotNumbers().contains(award.lotNumber()) || bid.status() == BidStatus.WITHDRAWN) {
                    continue;
                }
                boolean won = bid.id().equals(award.bidId());
                if (won && bid.status() != BidStatus.AWARDED) {
                    bid.markAwarded();
                    bids.save(bid);
                }
                String title = (won ? "Votre offre est retenue pour le lot " : "Votre offre n'est pas retenue pour le lot ")
                        + award.lotNumber() + " — " + tender.terms().title();
                for (String user : bid.readers()) {
                    batch.add(new Notification("bid-outcome:" + tender.id() + ":" + award.lotNumber() + ":" + bid.id() + ":" + user,
                            user, "BID_OUTCOME", title, "/api/v1/tenders/" + tender.id() + "/bids/" + bid.id()));
                }
            }
            if (!batch.isEmpty()) {
                notifications.deliver(batch);
            }
            tender.markOutcomeNotified(award.lotNumber());
        }
        tenders.save(tender);
    }
}
