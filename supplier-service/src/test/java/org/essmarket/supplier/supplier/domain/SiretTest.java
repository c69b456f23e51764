package org.essmarket.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @Test
    void accepts_a_valid_siret_and_splits_siren_and_nic() {
        Siret siret = Siret.of("73282932000074", "siret");

        assertThat(siret.value()).isEqualTo("73282932000074");
        assertThat(siret.siren()).isEqualTo("732829320");
        assertThat(siret.nic()).isEqualTo("00074");
        assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
    }

    @Test
    void refuses_a_wrong_check_digit_naming_the_field() {
        assertThatThrownBy(() -> Siret.of("73282932000075", "siret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("siret");
                    assertThat(e.getMessage()).isEqualTo("73282932000075 is not a valid SIRET (check digit)");
                });
    }

    @Test
    void refuses_a_siren_that_fails_luhn_even_when_the_whole_siret_passes() {
        // 732829321 fails Luhn; 73282932100007 passes Luhn as 14 digits, so only the SIREN check catches it.
        assertThatThrownBy(() -> Siret.of("73282932100007", "members[0].siret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("members[0].siret");
                    assertThat(e.getMessage()).isEqualTo(
                            "73282932100007 is not a valid SIRET (check digit of the SIREN 732829321)");
                });
    }

    @Test
    void accepts_la_poste_establishments_by_digit_sum_although_they_fail_luhn() {
        Siret siret = Siret.of("35600000049837", "siret");

        assertThat(siret.siren()).isEqualTo(Siret.LA_POSTE_SIREN);
    }

    @Test
    void refuses_a_la_poste_siret_whose_digit_sum_is_not_a_multiple_of_5() {
        // Luhn-valid, which does not count for La Poste: the digit sum is 47.
        assertThatThrownBy(() -> Siret.of("35600000049839", "siret"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("La Poste");
    }

    @Test
    void accepts_the_la_poste_head_office_which_keeps_a_luhn_key() {
        assertThat(Siret.of("35600000000048", "siret").value()).isEqualTo("35600000000048");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007", "732829320000740", "732829320"})
    void refuses_a_wrong_length(String raw) {
        assertThatThrownBy(() -> Siret.of(raw, "siret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("siret");
                    assertThat(e.getMessage()).isEqualTo(raw + " is not a valid SIRET (14 digits expected)");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007A", "732-829-320-00074", "７３２８２９３２０００７４"})
    void refuses_anything_but_ascii_digits(String raw) {
        assertThatThrownBy(() -> Siret.of(raw, "siret"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("14 digits expected");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00a0"})
    void refuses_a_missing_siret(String raw) {
        assertThatThrownBy(() -> Siret.of(raw, "siret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("siret");
                    assertThat(e.getMessage()).isEqualTo("A SIRET is required");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"732 829 320 00074", " 73282932000074 ", "732\u00a0829\u00a0320\u00a000074",
            "732\u202f829\u202f320\u202f00074", "732829320\t00074"})
    void tolerates_spaces(String raw) {
        assertThat(Siret.of(raw, "siret")).isEqualTo(new Siret("73282932000074"));
    }

    @Test
    void echoes_a_long_input_only_in_part() {
        String raw = "1".repeat(500);

        assertThatThrownBy(() -> Siret.of(raw, "siret"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @Test
    void the_canonical_constructor_checks_too() {
        assertThatThrownBy(() -> new Siret("73282932000075"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("siret"));
        assertThatThrownBy(() -> new Siret("732 829 320 00074")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void is_valid_answers_without_throwing() {
        assertThat(Siret.isValid("732 829 320 00074")).isTrue();
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }
}
