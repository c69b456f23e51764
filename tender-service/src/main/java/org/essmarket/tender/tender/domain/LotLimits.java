package org.essmarket.tender.tender.domain;

/** How many lots one bidder may bid on and be awarded; null means no limit. */
public record LotLimits(Integer maxLotsPerBidder, Integer maxLotsAwardedPerBidder) {

    public static final LotLimits NONE = new LotLimits(null, null);
}
