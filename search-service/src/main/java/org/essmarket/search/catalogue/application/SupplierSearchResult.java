package org.essmarket.search.catalogue.application;

import java.util.List;

import org.essmarket.search.catalogue.domain.GeoPoint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the public catalogue: VERIFIED suppliers' public fields only (never members, status
 * or anything else the owner keeps private), the total, and the facets with their counts.
 */
public record SupplierSearchResult(List<SupplierHit> content, int page, int size, long totalElements, int totalPages,
        Facets facets) {

    /**
     * A supplier as the catalogue shows it. {@code distanceKm} is there when the search gave a point;
     * {@code highlights} when it gave text (HTML-escaped, matches wrapped in {@code <em>}).
     */
    public record SupplierHit(String id, String siret, String legalName, String brand, String description,
            List<String> kinds, String legalForm, String naf, String communeCode, String department,
            String departmentName, String region, String regionName, GeoPoint location, List<String> cpvCodes,
            List<Activity> activities, List<String> labels, List<String> networks, Double distanceKm,
            Highlights highlights) {
    }

    /** What a supplier does and where: CPV codes, kinds of contract, geographic range. */
    public record Activity(List<String> cpvCodes, List<String> serviceTypes, Range range) {
    }

    /** COUNTRY, RADIUS (km around the supplier) or ZONES (departments and/or regions). */
    public record Range(String kind, Integer radiusKm, List<String> departments, List<String> regions) {
    }

    /** Fragments of the name and description with the matched words in {@code <em>}. */
    // Named apart from the tender search's Highlights and Facets: springdoc names schemas by simple class name.
    @Schema(name = "SupplierHighlights")
    public record Highlights(List<String> legalName, List<String> description) {
    }

    /**
     * Counts per value of each facet, with all the search's filters applied except the facet's own
     * (so that other values of a filtered facet remain visible). A value goes back as the filter
     * parameter of the same name, except {@code cpvDivision}, whose values go to {@code cpvPrefix}.
     */
    @Schema(name = "SupplierFacets")
    public record Facets(List<FacetValue> kind, List<FacetValue> region, List<FacetValue> department,
            List<FacetValue> cpvDivision, List<FacetValue> legalForm, List<FacetValue> label) {
    }

    /** One value of a facet: what to filter on, its name for people, how many suppliers, whether it is filtered on. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
