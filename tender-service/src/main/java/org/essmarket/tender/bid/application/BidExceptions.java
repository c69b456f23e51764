package org.essmarket.tender.bid.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the bid use cases answer when a request cannot be served; the platform maps each to a status. */
public final class BidExceptions {

    private BidExceptions() {
    }

    /** No such bid, or not one the caller may read (404 either way: bids are sealed). */
    public static class BidNotFound extends UseCaseRefusal.NotFound {
        public BidNotFound(String id) {
            super("No bid " + id);
        }
    }

    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** The Idempotency-Key was already used by this caller for a different bid. */
    public static class IdempotencyKeyReused extends RuntimeException {
        public IdempotencyKeyReused() {
            super("This Idempotency-Key was already used for a different bid: use a new key for a new bid");
        }
    }
}
