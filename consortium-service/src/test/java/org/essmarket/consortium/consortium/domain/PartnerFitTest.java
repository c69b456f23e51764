package org.essmarket.consortium.consortium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PartnerFitTest {

    private static final TargetLot GREEN_SPACES = new TargetLot(1, "Espaces verts", "77310000", Reservation.INSERTION);
    private static final PlaceOfPerformance RHONE = new PlaceOfPerformance("DEPARTMENTS", List.of("69"), null);

    private static PartnerCandidate candidate(String id, String kind, String department, String cpv, String range,
            List<String> departments) {
        return new PartnerCandidate(id, id, Set.of(kind), department, "84",
                List.of(new PartnerCandidate.Activity(List.of(cpv), range, departments, List.of())));
    }

    @Test
    void partners_are_eligible_in_the_lot_cpv_group_and_work_where_the_tender_is_performed() {
        List<PartnerCandidate> found = List.of(
                candidate("national", "ACI", "75", "77311000", "COUNTRY", List.of()),
                candidate("zones", "EI", "01", "77300000", "ZONES", List.of("69", "01")),
                candidate("local", "AI", "69", "77310000", "RADIUS", List.of()),
                candidate("far", "EI", "13", "77310000", "RADIUS", List.of()),
                candidate("elsewhere", "EI", "01", "77310000", "ZONES", List.of("01")),
                candidate("other-trade", "EI", "69", "90910000", "COUNTRY", List.of()),
                candidate("ineligible", "SCOP", "69", "77310000", "COUNTRY", List.of()),
                candidate("member", "EI", "69", "77310000", "COUNTRY", List.of()));

        assertThat(PartnerFit.cpvGroup(GREEN_SPACES)).isEqualTo("773");
        assertThat(PartnerFit.suggestions(GREEN_SPACES, RHONE, found, Set.of("member")))
                .extracting(PartnerCandidate::supplierId).containsExactly("national", "zones", "local");
    }

    @Test
    void a_regional_or_nationwide_tender_needs_a_range_that_covers_it() {
        PartnerCandidate inRegion = candidate("local", "EI", "69", "77310000", "RADIUS", List.of());
        PlaceOfPerformance auvergneRhoneAlpes = new PlaceOfPerformance("REGION", List.of(), "84");
        assertThat(PartnerFit.suggestions(GREEN_SPACES, auvergneRhoneAlpes, List.of(inRegion), Set.of())).hasSize(1);
        assertThat(PartnerFit.suggestions(GREEN_SPACES, new PlaceOfPerformance("NATIONWIDE", List.of(), null),
                List.of(inRegion), Set.of())).isEmpty();
    }
}
