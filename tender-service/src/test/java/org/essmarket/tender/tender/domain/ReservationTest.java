package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReservationTest {

    @Test
    void each_reservation_cites_its_article_of_the_public_procurement_code() {
        assertThat(Reservation.NONE.article()).isNull();
        assertThat(Reservation.NONE.legalNotice()).isNull();
        assertThat(Reservation.DISABILITY.article()).isEqualTo("L2113-12");
        assertThat(Reservation.INSERTION.article()).isEqualTo("L2113-13");
        assertThat(Reservation.BOTH.article()).isEqualTo("L2113-14");
        assertThat(Reservation.ESS.article()).isEqualTo("L2113-15");
        for (Reservation reservation : Reservation.values()) {
            if (reservation.isReserved()) {
                assertThat(reservation.legalNotice()).contains("article " + reservation.article(),
                        "code de la commande publique");
            }
        }
    }

    @Test
    void the_public_notice_of_a_reserved_lot_cites_its_article() {
        List<Lot> lots = Fixtures.threeLots();
        assertThat(lots.get(0).publicNotice()).startsWith("Lot 1").contains("L2113-13", "insertion");
        assertThat(lots.get(1).publicNotice()).startsWith("Lot 2").contains("L2113-12");
        assertThat(lots.get(2).publicNotice()).isNull();
        assertThat(Fixtures.valid().reservationNotices()).hasSize(2);
        assertThat(new Lot(4, "Accompagnement", "85310000", null, Reservation.ESS).publicNotice()).contains("L2113-15");
        assertThat(new Lot(5, "Tri", "90510000", null, Reservation.BOTH).publicNotice()).contains("L2113-14");
    }
}
