package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TerritoriesTest {

    private final Territories territories = new Territories(
            List.of(new Territories.Region("11", "Île-de-France"), new Territories.Region("84", "Auvergne-Rhône-Alpes"),
                    new Territories.Region("94", "Corse")),
            List.of(new Territories.Department("93", "Seine-Saint-Denis", "11"),
                    new Territories.Department("01", "Ain", "84"),
                    new Territories.Department("2A", "Corse-du-Sud", "94"),
                    new Territories.Department("42", "Loire", "84")),
            List.of(new Commune("69123", "Lyon", "69", 522_000, new GeoPoint(45.76, 4.84)),
                    new Commune("93066", "Saint-Denis", "93", 113_000, new GeoPoint(48.93, 2.36)),
                    new Commune("97411", "Saint-Denis", "974", 153_000, new GeoPoint(-20.88, 55.45)),
                    new Commune("2A004", "Ajaccio", "2A", 73_000, new GeoPoint(41.93, 8.74))));

    @Test
    void finds_a_department_by_code_or_by_name_whatever_its_spelling() {
        assertThat(territories.department("93")).map(Territories.Department::code).contains("93");
        assertThat(territories.department("Seine-Saint-Denis")).map(Territories.Department::code).contains("93");
        assertThat(territories.department("seine saint denis")).map(Territories.Department::code).contains("93");
        assertThat(territories.department("SEINE-ST-DENIS")).map(Territories.Department::code).contains("93");
        assertThat(territories.department("2a")).map(Territories.Department::code).contains("2A");
        assertThat(territories.department("corse du sud")).map(Territories.Department::code).contains("2A");
        assertThat(territories.department("1")).map(Territories.Department::code).contains("01");
        assertThat(territories.department("loire")).map(Territories.Department::code).contains("42");
        assertThat(territories.department("99")).isEmpty();
        assertThat(territories.department(" ")).isEmpty();
    }

    @Test
    void finds_a_region_by_code_or_by_name() {
        assertThat(territories.region("11")).map(Territories.Region::code).contains("11");
        assertThat(territories.region("ile-de-france")).map(Territories.Region::code).contains("11");
        assertThat(territories.region("Auvergne Rhone Alpes")).map(Territories.Region::code).contains("84");
        assertThat(territories.region("Bretagne")).isEmpty();
    }

    @Test
    void names_codes() {
        assertThat(territories.departmentName("2a")).contains("Corse-du-Sud");
        assertThat(territories.regionName("11")).contains("Île-de-France");
        assertThat(territories.departmentName(null)).isEmpty();
    }

    @Test
    void folding_ignores_accents_case_and_punctuation() {
        assertThat(Folding.fold("L'Île-de-France  ")).isEqualTo("l ile de france");
        assertThat(Folding.fold("Œuvre")).isEqualTo("oeuvre");
        assertThat(Folding.fold("St-Denis")).isEqualTo("saint denis");
    }

    @Test
    void a_search_is_made_around_a_point_a_commune_code_or_an_unambiguous_commune_name() {
        assertThat(territories.locate("45.5,4.5")).isEqualTo(new GeoPoint(45.5, 4.5));
        assertThat(territories.locate("69123")).isEqualTo(new GeoPoint(45.76, 4.84));
        assertThat(territories.locate("2a004")).isEqualTo(new GeoPoint(41.93, 8.74));
        assertThat(territories.locate(" lyon ")).isEqualTo(new GeoPoint(45.76, 4.84));
    }

    @Test
    void an_unknown_or_ambiguous_commune_is_refused_saying_what_to_give() {
        assertThatThrownBy(() -> territories.locate("99999")).hasMessageContaining("no commune has the INSEE code 99999");
        assertThatThrownBy(() -> territories.locate("Atlantide")).hasMessageContaining("no commune is named Atlantide");
        assertThatThrownBy(() -> territories.locate("saint denis"))
                .hasMessageContaining("several communes are named").hasMessageContaining("97411 (974), 93066 (93)");
    }
}
