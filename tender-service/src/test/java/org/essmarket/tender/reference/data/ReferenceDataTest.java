package org.essmarket.tender.reference.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceCodes codes = ReferenceData.load();

    @Test
    void loads_the_whole_cpv_2008_vocabulary_with_check_digits() {
        assertThat(codes.cpvCount()).isEqualTo(9_454);
        assertThat(codes.isCpv("90910000")).isTrue();
        assertThat(codes.cpvCheckDigit("90910000")).isEqualTo("9");
        assertThat(codes.isCpv("99999999")).isFalse();
        assertThat(codes.isCpv(null)).isFalse();
    }

    @Test
    void loads_the_french_label_of_each_cpv_code_quoted_or_not() {
        assertThat(codes.cpvLabel("90910000")).isEqualTo("Services de nettoyage");
        assertThat(codes.cpvLabel("03000000"))
                .isEqualTo("Produits agricoles, de l'élevage, de la pêche, de la sylviculture et produits connexes");
        assertThat(codes.cpvLabel("99999999")).isNull();
    }

    @Test
    void loads_insee_departments_and_regions() {
        assertThat(codes.isDepartment("69")).isTrue();
        assertThat(codes.isDepartment("2A")).isTrue();
        assertThat(codes.isDepartment("974")).isTrue();
        assertThat(codes.isDepartment("20")).isFalse();
        assertThat(codes.isRegion("84")).isTrue();
        assertThat(codes.isRegion("99")).isFalse();
    }

    @Test
    void knows_the_region_of_each_department() {
        assertThat(codes.regionOf("69")).isEqualTo("84");
        assertThat(codes.regionOf("2B")).isEqualTo("94");
        assertThat(codes.regionOf("974")).isEqualTo("04");
        assertThat(codes.regionOf("20")).isNull();
    }

    @Test
    void a_missing_resource_is_named() {
        assertThatThrownBy(() -> ReferenceData.firstColumn("/reference/nope.csv", "code"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/reference/nope.csv");
    }
}
