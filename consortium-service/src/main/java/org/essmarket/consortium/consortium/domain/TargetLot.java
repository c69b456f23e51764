package org.essmarket.consortium.consortium.domain;

/** A lot of the tender that the groupement bids for, as the tender published it. */
public record TargetLot(int number, String title, String cpv, Reservation reservation) {

    public TargetLot {
        reservation = reservation == null ? Reservation.NONE : reservation;
    }
}
