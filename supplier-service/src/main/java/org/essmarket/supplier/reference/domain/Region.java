package org.essmarket.supplier.reference.domain;

import java.util.Objects;

/**
 * A French region (INSEE code, 2024 geography): 13 metropolitan regions and 5 overseas ones.
 *
 * @param code the INSEE region code, two digits ({@code 11} Île-de-France, {@code 01} Guadeloupe)
 * @param name the official name
 * @param lat  latitude of the geographic centre (IGN for metropolitan regions)
 * @param lon  longitude of the geographic centre
 */
public record Region(String code, String name, double lat, double lon) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
