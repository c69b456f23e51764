package org.essmarket.search.tenders.application;

import java.time.Instant;
import java.util.List;

import org.essmarket.search.catalogue.application.SupplierSearchResult.FacetValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of public tenders, with facet counts. */
public record TenderSearchResult(List<TenderHit> content, int page, int size, long totalElements, int totalPages,
        Facets facets) {

    /** A tender as search shows it: its public terms only. */
    public record TenderHit(String id, String title, String description, String buyerName, String kind,
            String procedure, String status, Double estimatedValue, Instant deadline, Instant publishedAt,
            String placeScope, List<String> departmentCodes, List<String> regionCodes, List<String> cpvCodes,
            List<Lot> lots, List<String> reservations, Boolean socialClause, Integer insertionHours,
            Boolean environmentalClause, Highlights highlights) {
    }

    public record Lot(Integer number, String title, String cpv, Double estimatedValue, String reservation) {
    }

    /** Fragments with the matched words in {@code <em>}, the rest HTML-escaped. */
    // Named apart from the catalogue's Highlights and Facets: springdoc names schemas by simple class name.
    @Schema(name = "TenderHighlights")
    public record Highlights(List<String> title, List<String> description, List<String> lotTitles) {
    }

    /** Counts per value; each facet counts with every filter but its own. */
    @Schema(name = "TenderFacets")
    public record Facets(List<FacetValue> reservation, List<FacetValue> status, List<FacetValue> department,
            List<FacetValue> region, List<FacetValue> cpvDivision, List<FacetValue> deadline) {
    }
}
