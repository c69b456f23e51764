package org.essmarket.consortium.consortium.application;

import java.time.Clock;
import java.util.List;

import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumStatus;
import org.essmarket.consortium.consortium.domain.LotOffer;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.essmarket.consortium.integration.PartnerServiceUnavailable;
import org.essmarket.consortium.integration.tender.TenderDirectory;
import org.essmarket.consortium.integration.tender.TenderDirectory.BidOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The lead's joint bid, relayed to tender-service until it is recorded exactly once. Submitting
 * freezes the groupement in SUBMITTING with the attempt's idempotency key, then sends the bid once
 * at once; while tender-service cannot answer, a scheduled retry sends the same bid with the same
 * key (tender-service answers a repeat with the bid it recorded, even after the deadline), until it
 * is recorded or refused. Only tender-service's refusal expires a groupement after the deadline: a
 * slow first send may have been recorded although its answer never came. Once the bid stands, the
 * members that leave it through a change the buyer approves (R2142-26) are taken off it in
 * tender-service the same way: they wait in the groupement until tender-service took them.
 */
@Service
public class JointBidRelay {

    private static final Logger log = LoggerFactory.getLogger(JointBidRelay.class);

    private final Groupements groupements;
    private final ConsortiumStore store;
    private final TenderDirectory tenders;
    private final Clock clock;

    JointBidRelay(Groupements groupements, ConsortiumStore store, TenderDirectory tenders, Clock clock) {
        this.groupements = groupements;
        this.store = store;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** The groupement after the first attempt: SUBMITTED, still SUBMITTING (retried), or FORMING with the refusal. */
    public Consortium submitJointBid(Caller caller, String id, long version, List<LotOffer> offers) {
        Consortium submitting = groupements.changeAsLead(caller, id, version,
                consortium -> consortium.submitJointBid(offers, clock.instant()));
        return relay(submitting, true);
    }

    @Scheduled(fixedDelayString = "${essmarket.consortia.submission-retry-interval}",
            initialDelayString = "${essmarket.consortia.submission-retry-interval}")
    public void retrySubmissions() {
        for (Consortium consortium : store.submittingOldestFirst(50)) {
            try {
                relay(consortium, false);
            } catch (ConsortiumExceptions.StaleVersion changedMeanwhile) {
                log.info("Groupement {} changed while its bid was relayed; the next run looks again", consortium.id());
            }
        }
    }

    @Scheduled(fixedDelayString = "${essmarket.consortia.submission-retry-interval}",
            initialDelayString = "${essmarket.consortia.submission-retry-interval}")
    public void tellLeavers() {
        for (Consortium consortium : store.withLeaversToTell(50)) {
            for (String supplierId : consortium.leaversToTell()) {
                try {
                    if (!tenders.removeTenderer(consortium.tender().id(), consortium.submission().bidId(), supplierId)) {
                        log.error("Supplier {} left groupement {} but stays on its bid: tender-service refused; set aside",
                                supplierId, consortium.id());
                    }
                } catch (PartnerServiceUnavailable tenderServiceDown) {
                    log.warn("Could not take the members that left groupement {} off its bid yet ({}); retrying later",
                            consortium.id(), tenderServiceDown.getMessage());
                    return;
                }
                store.removeLeaverToTell(consortium.id(), supplierId);
            }
        }
    }

    /**
     * One send of the submission. A request tender-service does not take (400, 401, 403, 413...)
     * returns the groupement to the lead only on the first send of a key: on a retry an earlier send
     * may have recorded the bid, and a new key would then collide with it (R2142-23) for good.
     */
    private Consortium relay(Consortium consortium, boolean firstSend) {
        BidOutcome outcome = tenders.submitJointBid(consortium.id(), consortium.tender().id(), consortium.accepted(),
                consortium.submission());
        switch (outcome) {
            case BidOutcome.Recorded recorded -> consortium.bidRecorded(recorded.bidId());
            case BidOutcome.Refused refused -> consortium.bidRefused(refused.rule(), refused.message(), clock.instant());
            case BidOutcome.Rejected rejected when firstSend ->
                    consortium.bidRefused(rejected.rule(), rejected.message(), clock.instant());
            case BidOutcome.Rejected rejected -> {
                log.warn("tender-service did not take the retried joint bid of groupement {} ({}: {}); sent again later "
                        + "with the same key", consortium.id(), rejected.rule(), rejected.message());
                return consortium;
            }
            case BidOutcome.Unreachable unreachable -> {
                return consortium;
            }
        }
        if (consortium.status() == ConsortiumStatus.EXPIRED) {
            log.info("Groupement {} could not bid before the deadline: EXPIRED", consortium.id());
        }
        try {
            return groupements.save(consortium);
        } catch (ConsortiumExceptions.StaleVersion otherAttemptFirst) {
            // The scheduled retry and the lead's request sent the same key: the other one saved the same outcome.
            return store.findById(consortium.id()).orElseThrow();
        }
    }
}
