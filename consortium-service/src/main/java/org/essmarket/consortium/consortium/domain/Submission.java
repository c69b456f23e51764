package org.essmarket.consortium.consortium.domain;

import java.time.Instant;
import java.util.List;

/**
 * The lead's submission of the joint bid: the prices, the {@code idempotencyKey} every retry of this
 * attempt sends (the groupement's id and the attempt number, so tender-service records the bid
 * exactly once however often it is sent), and how it ended: the bid's id, or the rule that refused it.
 */
public record Submission(int attempt, String idempotencyKey, List<LotOffer> offers, Instant submittedAt,
        String bidId, String refusedRule, String refusal) {

    public Submission {
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    Submission recorded(String newBidId) {
        return new Submission(attempt, idempotencyKey, offers, submittedAt, newBidId, null, null);
    }

    Submission refused(String rule, String message) {
        return new Submission(attempt, idempotencyKey, offers, submittedAt, null, rule, message);
    }
}
