package org.essmarket.search.catalogue.domain;

import java.util.List;

/**
 * A catalogue search as the caller wrote it (query parameters, unchecked). Multi-valued filters
 * are alternatives within one filter (kind=EA or kind=ESAT) and all filters apply together.
 *
 * @param q full text, in the user's words
 * @param kind supplier kinds (EA, ACI…)
 * @param region region codes or names
 * @param department department codes or names
 * @param cpvPrefix CPV codes or their first digits: a division "90" finds 90910000
 * @param legalForm legal forms
 * @param label labels
 * @param near {@code lat,lon}, a commune's INSEE code, or its name when unambiguous
 * @param radiusKm only suppliers within this distance of {@code near}
 * @param serving a commune (INSEE code, or name when unambiguous): only suppliers whose activities'
 *        ranges reach it (anywhere, its department or region, or a radius around them taking it in)
 * @param sort relevance (default), distance (needs near) or name
 * @param page from 0
 * @param size 1 to 100
 */
public record CatalogueRequest(String q, List<String> kind, List<String> region, List<String> department,
        List<String> cpvPrefix, List<String> legalForm, List<String> label, String near, Integer radiusKm,
        String serving, String sort, Integer page, Integer size) {

    /** The parameter names, as the API spells them. */
    public static final String Q = "q";
    public static final String KIND = "kind";
    public static final String REGION = "region";
    public static final String DEPARTMENT = "department";
    public static final String CPV_PREFIX = "cpvPrefix";
    public static final String LEGAL_FORM = "legalForm";
    public static final String LABEL = "label";
    public static final String NEAR = "near";
    public static final String RADIUS_KM = "radiusKm";
    public static final String SERVING = "serving";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** Everything, first page, by relevance. */
    public static CatalogueRequest all() {
        return new CatalogueRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
