package org.essmarket.tender.bid.api;

import java.time.Instant;
import java.util.List;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.Tenderer;

/** A bid as its bidder, or the buyer after the deadline, reads it. */
public record BidResponse(String id, String tenderId, String consortiumId, BidStatus status, List<Tenderer> tenderers,
        List<LotOffer> offers, Instant submittedAt, Instant withdrawnAt) {

    static BidResponse of(Bid bid) {
        return new BidResponse(bid.id(), bid.tenderId(), bid.consortiumId(), bid.status(), bid.tenderers(), bid.offers(),
                bid.submittedAt(), bid.withdrawnAt());
    }
}
