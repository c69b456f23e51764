package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;

/** One lot of a tender: its number (unique in the tender), title, CPV code (8 digits), estimated value, reservation. */
public record Lot(int number, String title, String cpv, BigDecimal estimatedValue, Reservation reservation) {

    public Lot {
        reservation = reservation == null ? Reservation.NONE : reservation;
    }

    /** What the public notice says about this lot's reservation, citing its article; null when not reserved. */
    public String publicNotice() {
        return reservation.isReserved() ? "Lot " + number + " — " + reservation.legalNotice() : null;
    }
}
