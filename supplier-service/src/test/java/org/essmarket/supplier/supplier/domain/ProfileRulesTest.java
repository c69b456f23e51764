package org.essmarket.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.essmarket.supplier.reference.data.ReferenceData;
import org.essmarket.supplier.supplier.domain.GeographicRange.Kind;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private static final ProfileRules RULES = new ProfileRules(ReferenceData.loadCpvCatalogue(),
            ReferenceData.loadGeography());

    private static SupplierProfile profile(Location location, GeographicRange range, String... cpv) {
        return new SupplierProfile("Atelier", null, null, "8899b", null, Set.of(SupplierKind.ACI), location,
                List.of(new Activity(List.of(cpv), Set.of(ServiceType.SERVICE), range)), null, null, null, null, null,
                null, null, null, null, null);
    }

    private static Location lyon() {
        return new Location("1 place Bellecour", null, "69123", null, null, null, null, null);
    }

    @Test
    void normalises_cpv_and_naf_and_fills_the_location_from_the_commune() {
        SupplierProfile checked = RULES.check(profile(lyon(), new GeographicRange(Kind.COUNTRY, null, null, null),
                "90910000-9", "90910000", " 77310000 "));

        assertThat(checked.activities().get(0).cpvCodes()).containsExactly("90910000", "77310000");
        assertThat(checked.naf()).isEqualTo("88.99B");
        assertThat(checked.location().departmentCode()).isEqualTo("69");
        assertThat(checked.location().regionCode()).isEqualTo("84");
        assertThat(checked.location().latitude()).isNotNull();
        assertThat(checked.location().communeName()).isNotBlank();
    }

    @Test
    void keeps_coordinates_given_by_the_supplier() {
        Location located = new Location(null, null, "69123", null, null, null, 45.75, 4.85);

        SupplierProfile checked = RULES.check(profile(located, new GeographicRange(Kind.COUNTRY, null, null, null),
                "90910000"));

        assertThat(checked.location().latitude()).isEqualTo(45.75);
    }

    @Test
    void a_radius_range_needs_a_radius_and_a_zones_range_needs_known_zones() {
        assertThatThrownBy(() -> RULES.check(profile(lyon(), new GeographicRange(Kind.RADIUS, null, null, null),
                "90910000")))
                .isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("activities[0].range.radiusKm");
        assertThatThrownBy(() -> RULES.check(profile(lyon(), new GeographicRange(Kind.ZONES, null, null, null),
                "90910000")))
                .extracting("field").isEqualTo("activities[0].range.departments");
        assertThatThrownBy(() -> RULES.check(profile(lyon(),
                new GeographicRange(Kind.ZONES, null, List.of("69", "2C"), null), "90910000")))
                .extracting("field").isEqualTo("activities[0].range.departments[1]");
        assertThat(RULES.check(profile(lyon(), new GeographicRange(Kind.ZONES, null, List.of("2A"), List.of("84")),
                "90910000")).activities()).hasSize(1);
    }

    @Test
    void refuses_unknown_cpv_codes_and_a_department_that_is_not_the_communes() {
        assertThatThrownBy(() -> RULES.check(profile(lyon(), new GeographicRange(Kind.COUNTRY, null, null, null),
                "90910000", "12345678")))
                .extracting("field").isEqualTo("activities[0].cpvCodes[1]");
        Location wrongDepartment = new Location(null, null, "69123", null, "75", null, null, null);
        assertThatThrownBy(() -> RULES.check(profile(wrongDepartment,
                new GeographicRange(Kind.COUNTRY, null, null, null), "90910000")))
                .extracting("field").isEqualTo("location.departmentCode");
    }

    @Test
    void a_website_is_an_http_address_with_a_host() {
        assertThat(ProfileRules.website(" https://www.baluchon.fr ")).isEqualTo("https://www.baluchon.fr");
        assertThat(ProfileRules.website(" ")).isNull();
        for (String notASite : List.of("baluchon.fr", "mailto:contact@baluchon.fr", "javascript:alert(1)", "http://")) {
            assertThatThrownBy(() -> ProfileRules.website(notASite)).isInstanceOf(InvalidFieldException.class)
                    .extracting("field").isEqualTo("website");
        }
    }
}
