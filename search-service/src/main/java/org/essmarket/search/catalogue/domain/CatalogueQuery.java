package org.essmarket.search.catalogue.domain;

import static org.essmarket.search.catalogue.domain.CatalogueRequest.CPV_PREFIX;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.DEPARTMENT;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.KIND;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.LABEL;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.LEGAL_FORM;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.NEAR;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.PAGE;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.Q;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.RADIUS_KM;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.REGION;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.SERVING;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.SIZE;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.SORT;

import java.util.List;
import java.util.Optional;

/**
 * A checked catalogue search: every value is one the index understands (kinds as codes, regions
 * and departments as INSEE codes, CPV prefixes as digits), or the request was refused with each
 * bad parameter named. The user's text stays text: it is analysed as words, never parsed as query
 * syntax.
 */
public record CatalogueQuery(String text, List<String> kinds, List<String> regions, List<String> departments,
        List<String> cpvPrefixes, List<String> legalForms, List<String> labels, GeoPoint near, Integer radiusKm,
        ServedPlace serving, CatalogueSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = SearchParameters.DEFAULT_SIZE;
    public static final int MAX_SIZE = SearchParameters.MAX_SIZE;
    public static final int MIN_RADIUS_KM = 1;
    public static final int MAX_RADIUS_KM = 1000;
    public static final int MAX_TEXT_LENGTH = SearchParameters.MAX_TEXT_LENGTH;
    public static final int MAX_VALUES_PER_FILTER = SearchParameters.MAX_VALUES_PER_FILTER;
    public static final int MAX_VALUE_LENGTH = SearchParameters.MAX_VALUE_LENGTH;
    public static final int MAX_RESULT_WINDOW = SearchParameters.MAX_RESULT_WINDOW;

    public CatalogueQuery {
        kinds = List.copyOf(kinds);
        regions = List.copyOf(regions);
        departments = List.copyOf(departments);
        cpvPrefixes = List.copyOf(cpvPrefixes);
        legalForms = List.copyOf(legalForms);
        labels = List.copyOf(labels);
    }

    public boolean hasText() {
        return text != null;
    }

    /**
     * Checks a request and resolves names to codes.
     *
     * @throws InvalidSearchParameters naming every parameter that is wrong
     */
    public static CatalogueQuery from(CatalogueRequest request, Territories territories) {
        SearchParameters check = new SearchParameters();
        String text = check.text(Q, request.q());
        List<String> kinds = check.values(KIND, request.kind(), value -> SupplierKind.fromCode(value)
                .map(SupplierKind::name).map(SearchParameters.Check::ok).orElseGet(() -> SearchParameters.Check
                        .error("unknown supplier kind '" + SearchParameters.shorten(value) + "'")));
        List<String> regions = check.regions(REGION, request.region(), territories);
        List<String> departments = check.departments(DEPARTMENT, request.department(), territories);
        List<String> cpvPrefixes = check.cpvPrefixes(CPV_PREFIX, request.cpvPrefix());
        List<String> legalForms = check.values(LEGAL_FORM, request.legalForm(), SearchParameters::freeText);
        List<String> labels = check.values(LABEL, request.label(), SearchParameters::freeText);

        GeoPoint near = null;
        if (request.near() != null && !request.near().isBlank()) {
            try {
                near = territories.locate(request.near());
            } catch (IllegalArgumentException e) {
                check.refuse(NEAR, e.getMessage());
            }
        }
        Integer radiusKm = request.radiusKm();
        if (radiusKm != null) {
            if (radiusKm < MIN_RADIUS_KM || radiusKm > MAX_RADIUS_KM) {
                check.refuse(RADIUS_KM, "between " + MIN_RADIUS_KM + " and " + MAX_RADIUS_KM + " km");
            } else if (request.near() == null || request.near().isBlank()) {
                check.refuse(RADIUS_KM, "a radius needs a place: give near (a commune or lat,lon)");
            }
        }

        ServedPlace serving = null;
        if (request.serving() != null && !request.serving().isBlank()) {
            try {
                Commune commune = territories.commune(request.serving());
                serving = new ServedPlace(commune.code(), commune.departmentCode(),
                        territories.regionOf(commune.departmentCode()).orElse(null), commune.location());
            } catch (IllegalArgumentException e) {
                check.refuse(SERVING, e.getMessage());
            }
        }

        CatalogueSort sort = CatalogueSort.RELEVANCE;
        if (request.sort() != null && !request.sort().isBlank()) {
            Optional<CatalogueSort> parsed = CatalogueSort.fromParameter(request.sort());
            if (parsed.isEmpty()) {
                check.refuse(SORT, "one of relevance, distance, name");
            } else if (parsed.get() == CatalogueSort.DISTANCE && (request.near() == null || request.near().isBlank())) {
                check.refuse(SORT, "sorting by distance needs a place: give near (a commune or lat,lon)");
            } else {
                sort = parsed.get();
            }
        }

        SearchParameters.Paging paging = check.paging(PAGE, request.page(), SIZE, request.size());
        check.throwIfAnyRefused();
        return new CatalogueQuery(text, kinds, regions, departments, cpvPrefixes, legalForms, labels, near, radiusKm,
                serving, sort, paging.page(), paging.size());
    }
}
