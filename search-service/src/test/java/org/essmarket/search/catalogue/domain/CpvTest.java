package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CpvTest {

    @Test
    void the_division_is_the_first_two_digits() {
        assertThat(Cpv.division("90910000")).contains("90");
        assertThat(Cpv.division("03221000")).contains("03");
        assertThat(Cpv.division("x1")).isEmpty();
        assertThat(Cpv.division(null)).isEmpty();
    }

    @Test
    void divisions_are_distinct_and_sorted() {
        assertThat(Cpv.divisions(List.of("90910000", "77310000", "90511000"))).containsExactly("77", "90");
        assertThat(Cpv.divisions(Arrays.asList("90910000", null, "", "ab"))).containsExactly("90");
        assertThat(Cpv.divisions(null)).isEmpty();
    }

    @Test
    void a_prefix_keeps_the_digits_that_name_the_level_of_a_code() {
        assertThat(Cpv.prefix("90")).isEqualTo("90");
        assertThat(Cpv.prefix("909")).isEqualTo("909");
        assertThat(Cpv.prefix("90000000")).isEqualTo("90");
        assertThat(Cpv.prefix("90900000")).isEqualTo("909");
        assertThat(Cpv.prefix("90910000-9")).isEqualTo("9091");
        assertThat(Cpv.prefix(" 90911200 ")).isEqualTo("909112");
        assertThat(Cpv.prefix("90911210")).isEqualTo("9091121");
        assertThat(Cpv.prefix("03000000")).isEqualTo("03");
        assertThat(Cpv.prefix("00000000")).isEqualTo("00");
    }

    @Test
    void a_prefix_is_two_to_eight_digits() {
        for (String bad : new String[] { "9", "909100001", "9O", "90*", "90 OR 1=1", "", "-1", "90910000-", "abc" }) {
            assertThatThrownBy(() -> Cpv.prefix(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Cpv.prefix(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
