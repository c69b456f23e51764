package org.essmarket.search.matching.domain;

import java.time.Instant;
import java.util.List;

import org.essmarket.search.tenders.domain.Reservation;

/**
 * What matching reads of a tender: its CPV codes (the tender's own and its lots', as tender-service
 * sends them together), its lots with their reservations, where it is performed, and until when it
 * takes bids.
 *
 * @param deadline null when search was not told one (a planned tender)
 */
public record PublishedTender(String id, String title, String status, List<String> cpvCodes, List<Lot> lots,
        TenderPlace place, Instant deadline) {

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

    /**
     * Whether suppliers are to be told of it at {@code now}: published and still taking bids. A
     * tender whose deadline has passed is announced to nobody, whatever its status says (tender-service
     * closes it a little later, and search may hear of a version late).
     */
    public boolean isOpenAt(Instant now) {
        return isPublished() && deadline != null && deadline.isAfter(now);
    }

    /** Every lot is reserved: only suppliers of an eligible kind may bid at all. */
    public boolean isFullyReserved() {
        return !lots.isEmpty() && lots.stream().allMatch(Lot::isReserved);
    }
}
