package org.essmarket.tender.opendata.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How our lifecycle, procedures, CPV codes and reservations read in the OCDS codelists. */
class OcdsCodesTest {

    @ParameterizedTest
    @CsvSource({
            "PLANNED, planned, planning", "DRAFT, planning, planning", "SUBMITTED, planning, planning",
            "REJECTED, planning, planning", "PUBLISHED, active, tender", "CLOSED, active, tender",
            "AWARDED, complete, award", "CANCELLED, cancelled, tenderCancellation"})
    void each_status_of_our_lifecycle_has_its_tender_status_and_release_tag(TenderStatus status, String tenderStatus,
            String tag) {
        assertThat(OcdsCodes.tenderStatus(status)).isEqualTo(tenderStatus);
        assertThat(OcdsCodes.releaseTags(status, false)).containsExactly(tag);
    }

    @Test
    void a_closed_tender_with_some_lots_awarded_announces_the_tender_and_the_awards() {
        assertThat(OcdsCodes.releaseTags(TenderStatus.CLOSED, true)).containsExactly("tender", "award");
    }

    @ParameterizedTest
    @CsvSource({"MAPA, open, Procédure adaptée", "OPEN, open, Appel d'offres ouvert",
            "RESTRICTED, selective, Appel d'offres restreint", "NEGOTIATED, selective, Procédure avec négociation"})
    void each_procedure_has_its_method_and_its_french_name(Procedure procedure, String method, String details) {
        assertThat(OcdsCodes.procurementMethod(procedure)).isEqualTo(method);
        assertThat(OcdsCodes.procurementMethodDetails(procedure)).startsWith(details);
    }

    @ParameterizedTest
    @CsvSource({"45233130, works", "45000000, works", "03000000, goods", "15800000, goods", "44000000, goods",
            "48000000, goods", "50000000, services", "77310000, services", "90910000, services", "55300000, services"})
    void the_main_category_comes_from_the_cpv_division(String cpv, String category) {
        assertThat(OcdsCodes.mainProcurementCategory(cpv)).isEqualTo(category);
        assertThat(Fixtures.CODES.isCpv(cpv)).as("a real CPV 2008 code").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DISABILITY, shelteredWorkshop", "INSERTION, shelteredWorkshop", "BOTH, shelteredWorkshop",
            "ESS, publicServiceMissionOrganization"})
    void each_reservation_has_a_code_of_the_reserved_participation_codelist(Reservation reservation, String code) {
        assertThat(OcdsCodes.reservedParticipation(reservation)).containsExactly(code);
        assertThat(reservedParticipationCodelist()).contains(code);
    }

    @Test
    void a_lot_open_to_all_has_no_reserved_participation() {
        assertThat(OcdsCodes.reservedParticipation(Reservation.NONE)).isEmpty();
    }

    @Test
    void price_alone_is_price_only_and_weighted_criteria_are_rated() {
        assertThat(OcdsCodes.awardCriteria(List.of(new AwardCriterion("Prix", 100)))).isEqualTo("priceOnly");
        assertThat(OcdsCodes.awardCriteria(List.of(new AwardCriterion("Valeur technique", 100))))
                .isEqualTo("ratedCriteria");
        assertThat(OcdsCodes.awardCriteria(Fixtures.criteria())).isEqualTo("ratedCriteria");
        assertThat(OcdsCodes.awardCriteria(List.of())).isNull();
    }

    private static Set<String> reservedParticipationCodelist() {
        var csv = Objects.requireNonNull(OcdsCodesTest.class
                .getResourceAsStream("/ocds/extensions/otherRequirements/codelists/reservedParticipation.csv"));
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
