package org.essmarket.search.matching.domain;

import org.essmarket.search.catalogue.domain.SearchParameters;
import org.essmarket.search.catalogue.domain.SearchParameters.Paging;

/** A checked request for the open tenders that concern a supplier: a page of them. */
public record TendersForSupplierQuery(String supplierId, int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming each bad parameter */
    public static TendersForSupplierQuery from(String supplierId, Integer page, Integer size) {
        SearchParameters parameters = new SearchParameters();
        Paging paging = parameters.paging(PAGE, page, SIZE, size);
        parameters.throwIfAnyRefused();
        return new TendersForSupplierQuery(supplierId, paging.page(), paging.size());
    }
}
