package org.essmarket.search.matching.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.essmarket.search.catalogue.domain.GeoPoint;

/**
 * Where a tender is performed, as matching sees it: its departments and regions (INSEE codes; a
 * nationwide tender has none) and the points a RADIUS range is measured to. Tenders carry no
 * coordinates, so the centres are the departments' centroids, or the region's when the tender names
 * only a region.
 */
public record TenderPlace(Set<String> departments, Set<String> regions, List<GeoPoint> centres) {

    public TenderPlace {
        departments = Set.copyOf(departments.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).toList());
        regions = Set.copyOf(regions.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).toList());
        centres = List.copyOf(centres);
    }
}
