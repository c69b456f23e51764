package org.essmarket.tender.bid.domain;

/**
 * A bid is PENDING until the buyer examines it (VALID or DISQUALIFIED), WITHDRAWN by its bidder
 * before the deadline, or AWARDED at least one lot.
 */
public enum BidStatus {
    PENDING, VALID, DISQUALIFIED, WITHDRAWN, AWARDED;

    /** Whether the bid still competes. */
    public boolean isActive() {
        return this == PENDING || this == VALID || this == AWARDED;
    }
}
