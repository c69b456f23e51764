package org.essmarket.supplier.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essmarket.supplier.reference.data.ReferenceData;
import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.reference.domain.CpvCode;
import org.essmarket.supplier.reference.domain.CpvEntry;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpvCatalogueTest {

    private static final CpvCatalogue CPV = ReferenceData.loadCpvCatalogue();

    @Test
    void holds_the_whole_cpv_2008_vocabulary() {
        assertThat(CPV.size()).isEqualTo(9454);
    }

    @ParameterizedTest
    @ValueSource(strings = {"90910000-9", "90910000", " 9091 0000 - 9 ", "90910000\u00a0-\u00a09"})
    void requires_a_known_code_with_or_without_its_check_digit(String raw) {
        assertThat(CPV.require(raw, "activities[0].cpvCodes[0]")).isEqualTo(new CpvCode("90910000"));
    }

    @Test
    void refuses_a_wrong_check_digit_giving_the_right_one() {
        assertThatThrownBy(() -> CPV.require("90910000-1", "cpvCodes[2]"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("cpvCodes[2]");
                    assertThat(e.getMessage()).isEqualTo(
                            "90910000-1 has a wrong check digit: the CPV 2008 code is 90910000-9");
                });
    }

    @Test
    void refuses_an_unknown_code_naming_the_field() {
        // Well formed, but not in CPV 2008.
        assertThatThrownBy(() -> CPV.require("90910001", "activities[1].cpvCodes[0]"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[1].cpvCodes[0]");
                    assertThat(e.getMessage()).isEqualTo("90910001 is not a CPV 2008 code");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"9091000", "909100000", "9091000A", "90910000-", "90910000-12", "90910000/9", "-9"})
    void refuses_a_malformed_code(String raw) {
        assertThatThrownBy(() -> CPV.require(raw, "cpv"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("cpv");
                    assertThat(e.getMessage()).contains("is not a CPV code");
                });
        assertThatThrownBy(() -> CpvCode.parse(raw, "cpv")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void refuses_a_missing_code() {
        assertThatThrownBy(() -> CPV.require("  ", "cpv"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("A CPV code is required");
        assertThatThrownBy(() -> CpvCode.parse(null, "cpv")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void parse_checks_the_format_only() {
        assertThat(CpvCode.parse("90910001-7", "cpv").code()).isEqualTo("90910001");
    }

    @Test
    void finds_the_labels_of_a_code() {
        CpvEntry entry = CPV.find("77310000").orElseThrow();

        assertThat(entry.labelFr()).isEqualTo("Réalisation et entretien d'espaces verts");
        assertThat(entry.labelEn()).isEqualTo("Planting and maintenance services of green areas");
        assertThat(entry.officialCode()).isEqualTo("77310000-6");
        assertThat(CPV.requireEntry("03000000-1", "cpv").labelEn())
                .isEqualTo("Agricultural, farming, fishing, forestry and related products");
        assertThat(CPV.find("90910000-9")).isEmpty();
        assertThat(CPV.find("99999999")).isEmpty();
    }

    @Test
    void searches_labels_by_word_prefixes_ignoring_case_and_accents() {
        // "Services de nettoyage de logements, de bâtiments et de vitres" and "Services de nettoyage de vitres"
        assertThat(CPV.search("nettoyage vitres", 10)).extracting(CpvEntry::code)
                .containsExactly("90911000", "90911300");
        assertThat(CPV.search("ESPACES VERTS", 50)).extracting(CpvEntry::code).contains("77310000");
        assertThat(CPV.search("elevage", 50)).extracting(CpvEntry::code).contains("03000000");
        assertThat(CPV.search("tank-clean", 10)).extracting(CpvEntry::code).containsExactly("90913000", "90913100");
        assertThat(CPV.search("9091", 3)).extracting(CpvEntry::code)
                .containsExactly("90910000", "90911000", "90911100");
        assertThat(CPV.search("nettoyage", 5)).hasSize(5);
        assertThat(CPV.search("  ", 5)).isEmpty();
    }

    @Test
    void a_normalised_code_supports_prefix_filters() {
        CpvCode cleaning = CPV.require("90910000-9", "cpv");

        assertThat(cleaning.hasPrefix("909")).isTrue();
        assertThat(cleaning.hasPrefix("45")).isFalse();
        assertThat(cleaning.division()).isEqualTo("90");
        assertThat(cleaning.significantPrefix()).isEqualTo("9091");
        assertThat(new CpvCode("45000000").significantPrefix()).isEqualTo("45");
        assertThat(new CpvCode("03000000").significantPrefix()).isEqualTo("03");
    }

    @Test
    void validates_a_prefix_filter() {
        assertThat(CpvCode.prefix("909", "cpvPrefix")).isEqualTo("909");
        assertThat(CpvCode.prefix(" 9 ", "cpvPrefix")).isEqualTo("9");
        assertThat(CpvCode.prefix("90910000-9", "cpvPrefix")).isEqualTo("90910000");
        assertThatThrownBy(() -> CpvCode.prefix("909100001", "cpvPrefix"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("cpvPrefix");
                    assertThat(e.getMessage()).isEqualTo("909100001 is not a CPV prefix (1 to 8 digits expected)");
                });
        assertThatThrownBy(() -> CpvCode.prefix("90A", "cpvPrefix")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> CpvCode.prefix("", "cpvPrefix")).isInstanceOf(InvalidFieldException.class);
    }
}
