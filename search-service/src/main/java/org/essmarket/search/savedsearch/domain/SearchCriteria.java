package org.essmarket.search.savedsearch.domain;

import java.util.List;

import org.essmarket.search.tenders.domain.TenderRequest;

/**
 * What a saved search looks for: the tender search's criteria that say what a tender is about
 * (words, trades, places, reserved lots), not those of one visit (status, deadlines, sort, page).
 */
public record SearchCriteria(String q, List<String> cpvPrefix, List<String> department, List<String> region,
        List<String> reservation) {

    public SearchCriteria {
        cpvPrefix = cpvPrefix == null ? List.of() : List.copyOf(cpvPrefix);
        department = department == null ? List.of() : List.copyOf(department);
        region = region == null ? List.of() : List.copyOf(region);
        reservation = reservation == null ? List.of() : List.copyOf(reservation);
    }

    /** The same search of published tenders, as the tender search reads it. */
    public TenderRequest asTenderSearch() {
        return new TenderRequest(q, cpvPrefix, department, region, reservation, null, null, null, null, null, null);
    }
}
