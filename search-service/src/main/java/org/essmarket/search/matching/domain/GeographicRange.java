package org.essmarket.search.matching.domain;

import java.util.Locale;
import java.util.Set;

import org.essmarket.search.catalogue.domain.GeoPoint;

/**
 * Where a supplier works for one activity (supplier-service's GeographicRange): the whole country,
 * a radius around its location, or some departments and/or regions.
 */
public record GeographicRange(Kind kind, Integer radiusKm, Set<String> departments, Set<String> regions) {

    public enum Kind {
        COUNTRY, RADIUS, ZONES
    }

    public GeographicRange {
        departments = departments == null ? Set.of() : normalised(departments);
        regions = regions == null ? Set.of() : normalised(regions);
    }

    public static GeographicRange country() {
        return new GeographicRange(Kind.COUNTRY, null, Set.of(), Set.of());
    }

    /**
     * Whether this range reaches where the tender is performed. COUNTRY always does. ZONES does when
     * it names one of the tender's departments or regions (a nationwide tender names none: a supplier
     * of a few departments cannot perform it everywhere). RADIUS does when one of the place's centres
     * is within the radius of the supplier's location; without a location or a known centre, we
     * cannot tell, and say no rather than alert for work out of reach.
     */
    public boolean covers(TenderPlace place, GeoPoint supplierLocation) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case COUNTRY -> true;
            case ZONES -> place.departments().stream().anyMatch(departments::contains)
                    || place.regions().stream().anyMatch(regions::contains);
            case RADIUS -> radiusKm != null && supplierLocation != null
                    && place.centres().stream().anyMatch(centre -> supplierLocation.distanceKm(centre) <= radiusKm);
        };
    }

    private static Set<String> normalised(Set<String> codes) {
        return Set.copyOf(codes.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).toList());
    }
}
