package org.essmarket.tender.seed.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.TenderRules;
import org.junit.jupiter.api.Test;

class DemoCurationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T14:20:00Z");
    private static final String SAINTE_FOY = "21690202300011";

    private final DemoCuration curation = new DemoCuration(new TenderRules(Fixtures.CODES));

    private static SourceContract contract(String id, String buyer, String object, String cpv, String procedure,
            String placeType, String placeCode, String amount) {
        return new SourceContract(id, buyer, "Ville de Sainte-Foy-lès-Lyon", object, cpv, procedure, placeType,
                placeCode, amount == null ? null : new BigDecimal(amount), "Marché", 12);
    }

    private static SourceContract cleaning(String id, String object, String amount) {
        return contract(id, SAINTE_FOY, object, "90911000", "Appel d'offres ouvert", "Code postal", "69110", amount);
    }

    @Test
    void decp_records_of_one_buyer_naming_lots_of_the_same_object_become_one_tender_with_those_lots() {
        var result = curation.curate(List.of(cleaning("20190010200", "Nettoyage des locaux (lot n°2 : vitres)", "90836"),
                cleaning("20190010100", "Nettoyage des locaux (lot n°1)", "260103"),
                cleaning("20190099900", "Nettoyage de la piscine", "1000")), List.of(), List.of(), NOW);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.tenders()).hasSize(2);
        DemoTender lots = result.tenders().getFirst();
        assertThat(lots.terms().title()).isEqualTo("Nettoyage des locaux");
        assertThat(lots.terms().lots()).extracting(Lot::number, Lot::title, Lot::cpv)
                .containsExactly(tuple(1, "Lot 1", "90911000"),
                        tuple(2, "vitres", "90911000"));
        assertThat(lots.terms().estimatedValue()).isEqualByComparingTo("350939");
        assertThat(lots.terms().procedure()).isEqualTo(Procedure.OPEN);
        assertThat(lots.terms().place().departmentCodes()).containsExactly("69");
        assertThat(lots.sourceKey()).isEqualTo("decp:" + SAINTE_FOY + ":20190010100");
        assertThat(lots.terms().facts().buyerType()).as("a commune's SIREN starts with 21")
                .isEqualTo(BuyerType.LOCAL_AUTHORITY);
        assertThat(lots.terms().nature()).as("from the CPV code").isEqualTo(Nature.SERVICES);
        DemoTender single = result.tenders().get(1);
        assertThat(single.terms().lots()).isEmpty();
        assertThat(single.terms().noLotsJustification()).isEqualTo(DemoCuration.NO_LOTS);
    }

    @Test
    void every_tender_gets_a_deadline_10_to_45_days_ahead_the_same_at_every_run_and_the_same_id() {
        List<SourceContract> contracts = List.of(cleaning("A1", "Nettoyage des écoles", "1000"),
                cleaning("A2", "Nettoyage des crèches", "2000"), cleaning("A3", "Nettoyage des gymnases", "3000"));

        var first = curation.curate(contracts, List.of(), List.of(), NOW);
        var later = curation.curate(contracts, List.of(), List.of(), NOW.plus(Duration.ofDays(3)));

        for (int i = 0; i < first.tenders().size(); i++) {
            Instant deadline = first.tenders().get(i).terms().deadline();
            assertThat(deadline).isBetween(NOW.plus(Duration.ofDays(10)).minus(Duration.ofHours(1)),
                    NOW.plus(Duration.ofDays(45)));
            assertThat(Duration.between(deadline, later.tenders().get(i).terms().deadline())).isEqualTo(Duration.ofDays(3));
            assertThat(later.tenders().get(i).id()).isEqualTo(first.tenders().get(i).id());
        }
    }

    @Test
    void keeps_what_the_source_says_about_a_reserved_contract_and_an_insertion_clause() {
        var result = curation.curate(List.of(
                contract("201900400", "26830066200015", "Fourniture d'enveloppes pour le C.C.A.S. de Toulon<br />"
                        + "Marché réservé (article 13 du décret relatif aux marchés publics)", "30199230",
                        "Procédure adaptée", "Code postal", "83000", "10000"),
                contract("2018ATCCV0011U00", "24660037300087", "AMENAGEMENT DE LA PLACE DE LA REPUBLIQUE<br />LE MARCHE "
                        + "COMPORTE UN DISPOSITIF DE PROMOTION DE L'EMPLOI DE PERSONNES EN INSERTION ET NOTAMMENT DES "
                        + "BENEFICIAIRES DU RSA.", "45233200", "Procédure adaptée", "Code postal", "66480", "294242")),
                List.of(), List.of(), NOW);

        DemoTender envelopes = result.tenders().getFirst();
        assertThat(envelopes.terms().title()).isEqualTo("Fourniture d'enveloppes pour le C.C.A.S. de Toulon");
        assertThat(envelopes.terms().lots()).singleElement().satisfies(lot -> {
            assertThat(lot.reservation()).isEqualTo(Reservation.DISABILITY);
            assertThat(lot.number()).isEqualTo(1);
        });
        DemoTender square = result.tenders().get(1);
        assertThat(square.terms().socialClause().description())
                .isEqualTo("LE MARCHE COMPORTE UN DISPOSITIF DE PROMOTION DE L'EMPLOI DE PERSONNES EN INSERTION ET "
                        + "NOTAMMENT DES BENEFICIAIRES DU RSA");
        assertThat(square.terms().place().departmentCodes()).containsExactly("66");
    }

    @Test
    void demo_choices_reserve_lots_add_insertion_hours_announce_ahead_and_name_unknown_targets() {
        List<SourceContract> contracts = List.of(cleaning("L1", "Nettoyage des locaux - Lot 1 - bureaux", "1000"),
                cleaning("L2", "Nettoyage des locaux - Lot 2 - vitres", "1000"));
        String key = "decp:" + SAINTE_FOY + ":L1";

        var result = curation.curate(contracts, List.of(), List.of(
                new DemoChoice(key, 2, DemoChoice.RESERVATION, "INSERTION"),
                new DemoChoice(key, null, DemoChoice.INSERTION_HOURS, "350"),
                new DemoChoice(key, null, DemoChoice.PLANNED, ""),
                new DemoChoice(key, 9, DemoChoice.RESERVATION, "INSERTION"),
                new DemoChoice("decp:00000000000000:X", 1, DemoChoice.RESERVATION, "BOTH")), NOW);

        DemoTender tender = result.tenders().getFirst();
        assertThat(tender.terms().lots()).extracting(Lot::reservation).containsExactly(Reservation.NONE,
                Reservation.INSERTION);
        assertThat(tender.terms().socialClause().insertionHours()).isEqualTo(350);
        assertThat(tender.planned()).isTrue();
        assertThat(tender.terms().deadline()).isNull();
        assertThat(tender.terms().expectedPublication()).isAfter(LocalDate.of(2026, 12, 8));
        assertThat(result.rejected()).containsExactly("demo choice for " + key + ": no lot 9",
                "demo choice for decp:00000000000000:X: no such tender in the demo data");
    }

    @Test
    void leaves_out_what_the_rules_or_the_sources_cannot_support_saying_why() {
        var result = curation.curate(List.of(
                contract("BAD-CPV", SAINTE_FOY, "Nettoyage", "99999999", "Appel d'offres ouvert", "Code postal", "69110",
                        "1000"),
                contract("NEG", SAINTE_FOY, "Nettoyage urgent", "90911000",
                        "Marché négocié sans publicité ni mise en concurrence préalable", "Code postal", "69110", "1"),
                contract("ABROAD", SAINTE_FOY, "Nettoyage à l'étranger", "90911000", "Procédure adaptée", "Code pays",
                        "FR", "1")),
                List.of(new SourceNotice("17-0000", "Ville inconnue", "Titre", null, "90911000", "OUVERT", "69",
                        List.of(), List.of())), List.of(), NOW);

        assertThat(result.tenders()).isEmpty();
        assertThat(result.rejected()).containsExactlyInAnyOrder(
                "decp:" + SAINTE_FOY + ":BAD-CPV: cpvCodes[0]: 99999999 is not a CPV 2008 code",
                "decp:" + SAINTE_FOY + ":NEG: procedure: 'Marché négocié sans publicité ni mise en concurrence préalable'"
                        + " has no published call for tenders to show",
                "decp:" + SAINTE_FOY + ":ABROAD: place: cannot tell the department of Code pays 'FR'",
                "boamp:17-0000: buyerSiret: BOAMP gives no SIRET and no DECP buyer is named 'Ville inconnue'");
    }

    @Test
    void finds_the_department_of_postcodes_and_commune_codes_corsica_and_overseas_included() {
        assertThat(DemoCuration.place("Code postal", "20000").departmentCodes()).containsExactly("2A");
        assertThat(DemoCuration.place("Code postal", "20200").departmentCodes()).containsExactly("2B");
        assertThat(DemoCuration.place("Code commune", "2B033").departmentCodes()).containsExactly("2B");
        assertThat(DemoCuration.place("Code postal", "97411").departmentCodes()).containsExactly("974");
        assertThat(DemoCuration.place("Code département", "5").departmentCodes()).containsExactly("05");
        assertThat(DemoCuration.place("Code région", "84").scope()).isEqualTo(PlaceOfPerformance.Scope.REGION);
        assertThatThrownBy(() -> DemoCuration.place("Code postal", "6900")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void matches_buyer_names_whatever_their_case_accents_and_dotted_acronyms() {
        assertThat(DemoCuration.fold("C.C.A.S. de Toulon")).isEqualTo(DemoCuration.fold("CCAS de Toulon"));
        assertThat(DemoCuration.fold("Ville de Fécamp")).isEqualTo(DemoCuration.fold("ville de FECAMP"));
    }
}
