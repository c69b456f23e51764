package org.essmarket.supplier.reference.domain;

import java.util.Objects;

/**
 * A French department (INSEE code, 2024 geography): 96 metropolitan ones, Corsica as {@code 2A} and
 * {@code 2B}, and the five overseas departments {@code 971}, {@code 972}, {@code 973}, {@code 974},
 * {@code 976} (there is no 975 nor 20).
 *
 * @param code       the INSEE department code ({@code 01}…{@code 95}, {@code 2A}, {@code 2B}, {@code 971}…)
 * @param name       the official name
 * @param regionCode the INSEE code of its region
 * @param lat        latitude of the geographic centre (IGN for metropolitan departments)
 * @param lon        longitude of the geographic centre
 */
public record Department(String code, String name, String regionCode, double lat, double lon) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
