package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueQueryTest {

    private final Territories territories = new Territories(List.of(new Territories.Region("11", "Île-de-France")),
            List.of(new Territories.Department("93", "Seine-Saint-Denis", "11"),
                    new Territories.Department("75", "Paris", "11")), List.of());

    private CatalogueRequest request(String q, List<String> kind, List<String> department, List<String> cpvPrefix,
            String near, Integer radiusKm, String sort, Integer page, Integer size) {
        return new CatalogueRequest(q, kind, null, department, cpvPrefix, null, null, near, radiusKm, null, sort, page,
                size);
    }

    private List<ParameterViolation> violations(CatalogueRequest request) {
        InvalidSearchParameters e = catchThrowableOfType(InvalidSearchParameters.class,
                () -> CatalogueQuery.from(request, territories));
        assertThat(e).as("refused").isNotNull();
        return e.violations();
    }

    private List<String> parameters(CatalogueRequest request) {
        return violations(request).stream().map(ParameterViolation::parameter).toList();
    }

    @Test
    void defaults_to_everything_by_relevance_twenty_per_page() {
        CatalogueQuery query = CatalogueQuery.from(CatalogueRequest.all(), territories);

        assertThat(query.hasText()).isFalse();
        assertThat(query.sort()).isEqualTo(CatalogueSort.RELEVANCE);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.kinds()).isEmpty();
        assertThat(query.near()).isNull();
    }

    @Test
    void text_is_trimmed_and_blank_text_is_no_text() {
        assertThat(CatalogueQuery.from(request("  entreprise adaptée ", null, null, null, null, null, null, null, null),
                territories).text()).isEqualTo("entreprise adaptée");
        assertThat(CatalogueQuery.from(request("   ", null, null, null, null, null, null, null, null), territories)
                .hasText()).isFalse();
        assertThat(parameters(request("x".repeat(201), null, null, null, null, null, null, null, null)))
                .containsExactly("q");
    }

    @Test
    void query_syntax_in_the_text_is_kept_as_plain_words() {
        String hostile = "nettoyage\" OR status:PENDING) AND memberIds:* {\"query_string\":1}";

        assertThat(CatalogueQuery.from(request(hostile, null, null, null, null, null, null, null, null), territories)
                .text()).isEqualTo(hostile);
    }

    @Test
    void page_size_is_one_to_a_hundred() {
        assertThat(CatalogueQuery.from(request(null, null, null, null, null, null, null, null, 100), territories).size())
                .isEqualTo(100);
        assertThat(parameters(request(null, null, null, null, null, null, null, null, 101))).containsExactly("size");
        assertThat(parameters(request(null, null, null, null, null, null, null, null, 0))).containsExactly("size");
        assertThat(parameters(request(null, null, null, null, null, null, null, -1, null))).containsExactly("page");
    }

    @Test
    void pages_stop_at_the_result_window() {
        assertThat(CatalogueQuery.from(request(null, null, null, null, null, null, null, 99, 100), territories).page())
                .isEqualTo(99);
        assertThat(parameters(request(null, null, null, null, null, null, null, 100, 100))).containsExactly("page");
    }

    @Test
    void a_point_is_latitude_comma_longitude_on_earth() {
        CatalogueQuery query = CatalogueQuery.from(
                request(null, null, null, null, "48.8638,2.4485", 30, null, null, null), territories);
        assertThat(query.near()).isEqualTo(new GeoPoint(48.8638, 2.4485));
        assertThat(query.radiusKm()).isEqualTo(30);

        assertThat(parameters(request(null, null, null, null, "95,2", null, null, null, null))).containsExactly("near");
        assertThat(parameters(request(null, null, null, null, "48,200", null, null, null, null))).containsExactly("near");
        assertThat(parameters(request(null, null, null, null, "paris", null, null, null, null))).containsExactly("near");
    }

    @Test
    void a_radius_is_one_to_a_thousand_km_around_a_point() {
        assertThat(parameters(request(null, null, null, null, "48.86,2.44", 0, null, null, null)))
                .containsExactly("radiusKm");
        assertThat(parameters(request(null, null, null, null, "48.86,2.44", 1001, null, null, null)))
                .containsExactly("radiusKm");
        assertThat(violations(request(null, null, null, null, null, 30, null, null, null)))
                .containsExactly(new ParameterViolation("radiusKm", "a radius needs a place: give near (a commune or lat,lon)"));
    }

    @Test
    void sorts_by_relevance_distance_or_name() {
        assertThat(CatalogueQuery.from(request(null, null, null, null, null, null, "NAME", null, null), territories)
                .sort()).isEqualTo(CatalogueSort.NAME);
        assertThat(CatalogueQuery.from(request(null, null, null, null, "48.86,2.44", null, "distance", null, null),
                territories).sort()).isEqualTo(CatalogueSort.DISTANCE);
        assertThat(parameters(request(null, null, null, null, null, null, "distance", null, null)))
                .containsExactly("sort");
        assertThat(parameters(request(null, null, null, null, null, null, "siret", null, null))).containsExactly("sort");
    }

    @Test
    void kinds_are_known_codes_in_any_case() {
        CatalogueQuery query = CatalogueQuery.from(
                request(null, List.of("ea", "ESAT", "ea", " "), null, null, null, null, null, null, null), territories);
        assertThat(query.kinds()).containsExactly("EA", "ESAT");

        assertThat(violations(request(null, List.of("EA", "PLUMBER"), null, null, null, null, null, null, null)))
                .containsExactly(new ParameterViolation("kind", "unknown supplier kind 'PLUMBER'"));
    }

    @Test
    void departments_and_regions_are_found_by_code_or_name() {
        CatalogueRequest byName = new CatalogueRequest(null, null, List.of("ile de france"),
                List.of("Seine-Saint-Denis", "75", "93"), null, null, null, null, null, null, null, null, null);

        CatalogueQuery query = CatalogueQuery.from(byName, territories);

        assertThat(query.departments()).containsExactly("93", "75");
        assertThat(query.regions()).containsExactly("11");
        assertThat(parameters(request(null, null, List.of("Atlantis"), null, null, null, null, null, null)))
                .containsExactly("department");
    }

    @Test
    void cpv_prefixes_follow_the_hierarchy() {
        CatalogueQuery query = CatalogueQuery.from(
                request(null, null, null, List.of("90", "90910000-9", "45000000"), null, null, null, null, null),
                territories);
        assertThat(query.cpvPrefixes()).containsExactly("90", "9091", "45");

        assertThat(parameters(request(null, null, null, List.of("9*"), null, null, null, null, null)))
                .containsExactly("cpvPrefix");
    }

    @Test
    void filters_take_at_most_twenty_values() {
        assertThat(parameters(request(null, Collections.nCopies(21, "EA"), null, null, null, null, null, null, null)))
                .containsExactly("kind");
    }

    @Test
    void names_every_bad_parameter_at_once() {
        assertThat(parameters(request(null, List.of("X"), null, null, "1000,1000", 5000, "up", -2, 500)))
                .containsExactlyInAnyOrder("kind", "near", "radiusKm", "sort", "page", "size");
    }
}
