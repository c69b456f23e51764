package org.essmarket.search.matching.domain;

import java.util.List;
import java.util.Set;

import org.essmarket.search.catalogue.domain.SearchParameters;
import org.essmarket.search.catalogue.domain.SearchParameters.Paging;

/**
 * A checked request for the suppliers a tender, or one of its lots, concerns: buyers sourcing,
 * suppliers looking for partners (leaving out themselves and the partners they already have).
 *
 * @param lot the lot's number; null for the whole tender
 * @param excluded ids of suppliers not to suggest
 */
public record SuppliersForTenderQuery(String tenderId, Integer lot, Set<String> excluded, int page, int size) {

    public static final String LOT = "lot";
    public static final String EXCLUDE = "exclude";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    public SuppliersForTenderQuery {
        excluded = Set.copyOf(excluded);
    }

    /** @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming each bad parameter */
    public static SuppliersForTenderQuery from(String tenderId, Integer lot, List<String> exclude, Integer page,
            Integer size) {
        SearchParameters parameters = new SearchParameters();
        if (lot != null && lot < 1) {
            parameters.refuse(LOT, "a lot number, from 1");
        }
        List<String> excluded = parameters.values(EXCLUDE, exclude, SearchParameters::freeText);
        Paging paging = parameters.paging(PAGE, page, SIZE, size);
        parameters.throwIfAnyRefused();
        return new SuppliersForTenderQuery(tenderId, lot, Set.copyOf(excluded), paging.page(), paging.size());
    }
}
