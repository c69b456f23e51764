package org.essmarket.search.catalogue.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The centroid of each department and region (INSEE's reference files): where "within 50 km of
 * the place" is measured from when a place is known only by its department or region.
 */
public record TerritoryCentres(Map<String, GeoPoint> departments, Map<String, GeoPoint> regions) {

    public TerritoryCentres {
        departments = Map.copyOf(departments);
        regions = Map.copyOf(regions);
    }

    public Optional<GeoPoint> ofDepartment(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(departments.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    public Optional<GeoPoint> ofRegion(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
