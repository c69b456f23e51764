package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TerritoriesTest {

    private final Territories territories = new Territories(
            List.of(new Territories.Region("11", "Île-de-France"), new Territories.Region("84", "Auvergne-Rhône-Alpes"),
                    new Territories.Region("94", "Corse")),
            List.of(new Territories.Department("93", "Seine-Saint-Denis", "11"),
                    new Territories.Department("01", "Ain", "84"),
                    new Territories.Department("2A", "Corse-du-Sud", "94"),
                    new Territories.Department("42", "Loire", "84")));

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
}
