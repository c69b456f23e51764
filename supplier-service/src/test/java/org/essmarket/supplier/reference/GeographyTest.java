package org.essmarket.supplier.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.essmarket.supplier.reference.data.ReferenceData;
import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.Department;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.reference.domain.Region;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class GeographyTest {

    private static final Geography GEO = ReferenceData.loadGeography();

    @Test
    void paris_is_derived_from_its_arrondissements() {
        Commune paris = GEO.requireCommune("75056", "location.inseeCode");

        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.departmentCode()).isEqualTo("75");
        assertThat(paris.regionCode()).isEqualTo("11");
        assertThat(paris.postcode()).isEqualTo("75001");
        assertThat(paris.lat()).isCloseTo(48.86, within(0.03));
        assertThat(paris.lon()).isCloseTo(2.35, within(0.03));
        // 75001..75020, plus 75116 for the 16th arrondissement
        assertThat(GEO.postcodes("75056")).hasSize(21).startsWith("75001").endsWith("75116");
        assertThat(GEO.requireCommune("69123", "c").name()).isEqualTo("Lyon");
        assertThat(GEO.requireCommune("13055", "c").name()).isEqualTo("Marseille");
    }

    @Test
    void arrondissements_are_communes_of_their_own() {
        Commune eighth = GEO.requireCommune("75108", "location.inseeCode");

        assertThat(eighth.name()).isEqualTo("Paris 8e Arrondissement");
        assertThat(eighth.postcode()).isEqualTo("75008");
        assertThat(GEO.communesByPostcode("75008")).extracting(Commune::inseeCode).containsExactly("75056", "75108");
    }

    @Test
    void corsica_has_alphanumeric_codes() {
        Commune ajaccio = GEO.requireCommune("2A004", "location.inseeCode");

        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.departmentCode()).isEqualTo("2A");
        assertThat(ajaccio.regionCode()).isEqualTo("94");
        assertThat(ajaccio.postcode()).isEqualTo("20000");
        assertThat(GEO.postcodes("2A004")).containsExactly("20000", "20090", "20167");
        assertThat(GEO.commune("2a004")).contains(ajaccio);
        assertThat(GEO.requireDepartment("2B", "d").name()).isEqualTo("Haute-Corse");
        assertThat(GEO.requireRegion("94", "r").name()).isEqualTo("Corse");
    }

    @Test
    void overseas_departments_have_three_digit_codes() {
        Department guadeloupe = GEO.requireDepartment("971", "zones[0]");

        assertThat(guadeloupe.name()).isEqualTo("Guadeloupe");
        assertThat(guadeloupe.regionCode()).isEqualTo("01");
        assertThat(guadeloupe.lat()).isCloseTo(16.265, within(1e-9));
        assertThat(GEO.requireCommune("97105", "c").name()).isEqualTo("Basse-Terre");
        assertThat(GEO.requireCommune("97611", "c").departmentCode()).isEqualTo("976");
        assertThat(GEO.departmentsOf("01")).containsExactly(guadeloupe);
    }

    @Test
    void a_commune_has_its_official_name_and_coordinates() {
        Commune commune = GEO.requireCommune("01001", "c");

        assertThat(commune.name()).isEqualTo("L'Abergement-Clémenciat");
        assertThat(commune.lat()).isCloseTo(46.1517, within(1e-9));
        assertThat(commune.lon()).isCloseTo(4.9306, within(1e-9));
        assertThat(commune.hasCoordinates()).isTrue();
    }

    @Test
    void communes_deleguees_do_not_shadow_their_commune_nouvelle() {
        assertThat(GEO.requireCommune("01015", "c").name()).isEqualTo("Arboys en Bugey");
    }

    @Test
    void a_commune_without_coordinates_in_the_source_has_none() {
        Commune oie = GEO.requireCommune("85165", "c");

        assertThat(oie.hasCoordinates()).isFalse();
        assertThat(oie.lat()).isNull();
        assertThat(oie.lon()).isNull();
    }

    @Test
    void lists_every_region_and_department() {
        assertThat(GEO.regions()).hasSize(18).extracting(Region::code).startsWith("01").endsWith("94");
        assertThat(GEO.departments()).hasSize(101).extracting(Department::code)
                .contains("01", "2A", "2B", "95", "971", "976")
                .doesNotContain("20", "975");
        assertThat(GEO.departmentsOf("11")).extracting(Department::code)
                .containsExactly("75", "77", "78", "91", "92", "93", "94", "95");
        assertThat(GEO.departmentsOf("99")).isEmpty();
    }

    @Test
    void unknown_codes_are_refused_naming_the_field() {
        assertThatThrownBy(() -> GEO.requireCommune("75000", "location.inseeCode"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("location.inseeCode");
                    assertThat(e.getMessage()).isEqualTo("75000 is not a known INSEE commune code");
                });
        assertThatThrownBy(() -> GEO.requireDepartment("20", "activities[0].zones.departments[3]"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[0].zones.departments[3]");
                    assertThat(e.getMessage()).isEqualTo("20 is not a known French department code");
                });
        assertThatThrownBy(() -> GEO.requireRegion("12", "activities[0].zones.regions[0]"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[0].zones.regions[0]");
                    assertThat(e.getMessage()).isEqualTo("12 is not a known French region code");
                });
        assertThatThrownBy(() -> GEO.requireDepartment(null, "department"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("department");
                    assertThat(e.getMessage()).isEqualTo("A department code is required");
                });
        assertThat(GEO.commune(null)).isEmpty();
        assertThat(GEO.postcodes("75000")).isEmpty();
        assertThat(GEO.communesByPostcode("00000")).isEmpty();
    }
}
