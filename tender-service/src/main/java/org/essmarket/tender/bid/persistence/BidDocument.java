package org.essmarket.tender.bid.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
 */
@Document("bids")
record BidDocument(
        @Id String id,
        @Indexed String tenderId,
        String consortiumId,
        String bidderId,
        List<Tenderer> tenderers,
        List<LotOffer> offers,
        String submittedBy,
        Instant submittedAt,
        @Indexed Set<String> readers,
        String requestFingerprint,
        BidStatus status,
        Instant withdrawnAt,
        @Version Long version) {

    static BidDocument of(Bid bid) {
        return new BidDocument(bid.id(), bid.tenderId(), bid.consortiumId(), bid.bidderId(), bid.tenderers(), bid.offers(),
                bid.submittedBy(), bid.submittedAt(), bid.readers(), bid.requestFingerprint(), bid.status(),
                bid.withdrawnAt(), bid.version());
    }

    Bid toBid() {
        return Bid.restore(id, tenderId, consortiumId, tenderers, offers, submittedBy, submittedAt, readers,
                requestFingerprint, version, status, withdrawnAt);
    }
}
