package org.essmarket.search.matching.domain;

import java.util.List;

import org.essmarket.search.tenders.domain.Reservation;

/**
 * What matching reads of a tender: its CPV codes (the tender's own and its lots', as tender-service
 * sends them together), its lots with their reservations, and where it is performed.
 */
public record PublishedTender(String id, String title, String status, List<String> cpvCodes, List<Lot> lots,
        TenderPlace place) {

    public static final String PUBLISHED = "PUBLISHED";

    /** @param reservation null when the lot is open to every supplier */
    public record Lot(String cpv, Reservation reservation) {

        public boolean isReserved() {
            return reservation != null;
        }
    }

    public PublishedTender {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    /** Every lot is reserved: only suppliers of an eligible kind may bid at all. */
    public boolean isFullyReserved() {
        return !lots.isEmpty() && lots.stream().allMatch(Lot::isReserved);
    }
}
