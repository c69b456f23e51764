package org.essmarket.tender.bid.persistence;

import java.time.Instant;
import java.util.List;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.Tenderer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bid in the {@code bids} collection. Its id derives from the bidder's Idempotency-Key, so the
 * collection's unique {@code _id} turns parallel retries of one submission into a single bid.
 * {@code activeBidder} (tender, bidder, alone or as a groupement's lead) is set while the bid competes
 * and absent once withdrawn or disqualified: its sparse unique index lets the store, not a
 * check-then-insert, refuse a second competing bid from one bidder (one bid per bidder; R2142-23).
 */
@Document("bids")
record BidDocument(
        @Id String id,
        @Indexed String tenderId,
        String consortiumId,
        String bidderId,
        @Indexed(unique = true, sparse = true) String activeBidder,
        List<Tenderer> tenderers,
        List<LotOffer> offers,
        String submittedBy,
        Instant submittedAt,
        String requestFingerprint,
        BidStatus status,
        Instant withdrawnAt,
        @Version Long version) {

    static BidDocument of(Bid bid) {
        String activeBidder = bid.status().isActive()
                ? bid.tenderId() + "/" + bid.bidderId() + "/" + (bid.isJoint() ? "groupement" : "alone") : null;
        return new BidDocument(bid.id(), bid.tenderId(), bid.consortiumId(), bid.bidderId(), activeBidder,
                bid.tenderers(), bid.offers(),
                bid.submittedBy(), bid.submittedAt(), bid.requestFingerprint(), bid.status(),
                bid.withdrawnAt(), bid.version());
    }

    Bid toBid() {
        return Bid.restore(id, tenderId, consortiumId, tenderers, offers, submittedBy, submittedAt, requestFingerprint,
                version, status, withdrawnAt);
    }
}
