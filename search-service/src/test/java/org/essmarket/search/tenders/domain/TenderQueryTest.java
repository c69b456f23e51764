package org.essmarket.search.tenders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.essmarket.search.catalogue.domain.ParameterViolation;
import org.essmarket.search.catalogue.domain.Territories;
import org.junit.jupiter.api.Test;

/** The tender search's parameters: the catalogue's checks, plus reservation, status and deadlines. */
class TenderQueryTest {

    private final Territories territories = new Territories(List.of(new Territories.Region("76", "Occitanie")),
            List.of(new Territories.Department("31", "Haute-Garonne", "76")), List.of());

    private static TenderRequest request(List<String> reservation, List<String> status, String after, String before,
            Integer size) {
        return new TenderRequest(null, List.of("90"), List.of("haute garonne"), null, reservation, status, after,
                before, null, null, size);
    }

    @Test
    void without_status_only_published_tenders_and_names_become_codes() {
        TenderQuery query = TenderQuery.from(request(List.of("insertion"), null, "2026-12-01", "2026-12-31", null),
                territories);

        assertThat(query.statuses()).containsExactly("PUBLISHED");
        assertThat(query.reservations()).containsExactly("INSERTION");
        assertThat(query.departments()).containsExactly("31");
        assertThat(query.cpvPrefixes()).containsExactly("90");
        assertThat(query.deadlineFrom()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(query.deadlineUntil()).as("the last day counts whole").isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(query.size()).isEqualTo(20);
    }

    @Test
    void each_bad_parameter_is_named() {
        assertThatThrownBy(() -> TenderQuery.from(request(List.of("NONE"), List.of("DRAFT"), "demain", null, 101),
                territories))
                .isInstanceOfSatisfying(InvalidSearchParameters.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter)
                        .containsExactly("reservation", "status", "deadlineAfter", "size"));
    }
}
