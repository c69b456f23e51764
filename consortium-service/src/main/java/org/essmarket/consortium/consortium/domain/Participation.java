package org.essmarket.consortium.consortium.domain;

import java.util.Set;

/**
 * Another way a supplier competes on the same tender: a bid alone ({@code consortiumId} null) or
 * a groupement, on these lots. Known from tender-service's bids and from the other groupements.
 */
public record Participation(String consortiumId, Set<Integer> lots) {

    public Participation {
        lots = lots == null ? Set.of() : Set.copyOf(lots);
    }

    public boolean isAlone() {
        return consortiumId == null;
    }
}
