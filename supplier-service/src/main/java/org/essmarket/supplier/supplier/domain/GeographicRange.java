package org.essmarket.supplier.supplier.domain;

import java.util.List;

/**
 * Where a supplier works for an activity: the whole country, a radius around its location, or a
 * list of departments and/or regions.
 */
public record GeographicRange(Kind kind, Integer radiusKm, List<String> departments, List<String> regions) {

    public enum Kind {
        COUNTRY, RADIUS, ZONES
    }

    /** Longest radius we accept: beyond that, COUNTRY says it better. */
    public static final int MAX_RADIUS_KM = 1000;

    public GeographicRange {
        departments = departments == null ? List.of() : List.copyOf(departments);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** Checks that the range says what it needs to, naming {@code field} (its JSON path) when not. */
    public GeographicRange validate(String field) {
        if (kind == null) {
            throw new InvalidFieldException(field + ".kind", "a geographic range needs a kind: COUNTRY, RADIUS or ZONES");
        }
        switch (kind) {
            case RADIUS -> {
                if (radiusKm == null || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
                    throw new InvalidFieldException(field + ".radiusKm",
                            "a RADIUS range needs a radius between 1 and " + MAX_RADIUS_KM + " km");
                }
            }
            case ZONES -> {
                if (departments.isEmpty() && regions.isEmpty()) {
                    throw new InvalidFieldException(field + ".departments",
                            "a ZONES range needs at least one department or region");
                }
            }
            case COUNTRY -> {
                // nothing more to say
            }
        }
        return this;
    }
}
