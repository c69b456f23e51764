package org.essmarket.tender.bid.domain;

import java.util.Set;

/**
 * A supplier taking part in a bid, with the lots it performs, as it was when the bid was made: its
 * kinds and department are a snapshot kept for the buyers' responsible-purchasing indicators.
 */
public record Tenderer(String supplierId, String siret, String legalName, TendererRole role, Set<Integer> lots,
        Set<String> kinds, String department) {

    public Tenderer {
        lots = lots == null ? Set.of() : Set.copyOf(lots);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean performs(int lotNumber) {
        return lots.contains(lotNumber);
    }
}
