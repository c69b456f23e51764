package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void reads_latitude_then_longitude() {
        assertThat(GeoPoint.parse("48.8566,2.3522")).isEqualTo(new GeoPoint(48.8566, 2.3522));
        assertThat(GeoPoint.parse(" -21.11 , 55.53 ")).isEqualTo(new GeoPoint(-21.11, 55.53));
        assertThat(GeoPoint.parse("90,-180")).isEqualTo(new GeoPoint(90, -180));
    }

    @Test
    void refuses_what_is_not_a_point_on_earth() {
        for (String bad : new String[] { "91,2", "-90.5,2", "48,181", "48,-180.1", "48", "48,2,3", "", "a,b",
                "NaN,2", "1e3,2", "48.8566;2.3522", "Infinity,0" }) {
            assertThatThrownBy(() -> GeoPoint.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> GeoPoint.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measures_great_circle_distances() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint lyon = new GeoPoint(45.7640, 4.8357);

        assertThat(paris.distanceKm(lyon)).isCloseTo(391.5, within(1.5));
        assertThat(paris.distanceKm(paris)).isZero();
    }
}
