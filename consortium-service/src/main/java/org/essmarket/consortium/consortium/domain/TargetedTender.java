package org.essmarket.consortium.consortium.domain;

import java.time.Instant;

/**
 * What the groupement keeps of its tender: its buyer body (which decides change requests), deadline,
 * consortium policy and place of performance (for partner suggestions).
 */
public record TargetedTender(String id, String title, String buyerSiret, Instant deadline, ConsortiumPolicy policy,
        PlaceOfPerformance place) {

    public TargetedTender {
        policy = policy == null ? ConsortiumPolicy.ALLOW_ALL : policy;
    }

    public boolean isDeadlinePassed(Instant now) {
        return deadline == null || !deadline.isAfter(now);
    }
}
