package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The buyer's decision on one lot: which bid wins it, for how much. {@code bidderId} is the
 * supplier that bid alone or led the groupement, which the "max lots awarded per bidder" limit
 * counts. {@code outcomeNotified} turns true once every bidder on the lot has been told;
 * {@code outcomeFailure} says why search-service refused to take the outcome (set aside, not retried).
 */
public record LotAward(int lotNumber, String bidId, String bidderId, BigDecimal amount, Instant awardedAt,
        boolean outcomeNotified, String outcomeFailure) {

    LotAward notified() {
        return new LotAward(lotNumber, bidId, bidderId, amount, awardedAt, true, null);
    }

    LotAward undeliverable(String reason) {
        return new LotAward(lotNumber, bidId, bidderId, amount, awardedAt, false, reason);
    }

    /** Its bidders have news again (the tender was cancelled): to tell, whatever they were told before. */
    LotAward toTellAgain() {
        return new LotAward(lotNumber, bidId, bidderId, amount, awardedAt, false, null);
    }

    /** Its bidders are still to be told: not told yet, and not set aside. */
    public boolean outcomeToTell() {
        return !outcomeNotified && outcomeFailure == null;
    }
}
