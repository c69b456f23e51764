package org.essmarket.search.catalogue.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.essmarket.search.catalogue.domain.Cpv;
import org.essmarket.search.catalogue.domain.SupplierSearchText;
import org.essmarket.search.index.application.IndexDocumentEnricher;
import org.springframework.stereotype.Component;

/**
 * What the catalogue search computes from supplier-service's document (SupplierIndexDocument)
 * before it is indexed: {@code cpvDivisions} (the first two digits of each CPV code, for the
 * division facet) and {@code searchText} (the words the supplier is found by, see
 * {@link SupplierSearchText}; {@code communeName} is used when the owner sends it, which
 * SupplierIndexDocument does not do yet) and its reach (where its activities' ranges take it). The
 * owner's own fields are left as they are.
 */
@Component
public class SupplierIndexEnricher implements IndexDocumentEnricher {

    static final String CPV_DIVISIONS = "cpvDivisions";
    static final String SEARCH_TEXT = "searchText";
    public static final String REACH_COUNTRY = "reachCountry";
    public static final String REACH_DEPARTMENTS = "reachDepartments";
    public static final String REACH_REGIONS = "reachRegions";
    public static final String REACH_RADIUS_KM = "reachRadiusKm";

    private final CatalogueReferenceData reference;

    public SupplierIndexEnricher(CatalogueReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String type() {
        return "suppliers";
    }

    @Override
    public Map<String, Object> enrich(Map<String, Object> document) {
        Map<String, Object> enriched = new LinkedHashMap<>(document);
        List<String> cpvCodes = strings(document.get("cpvCodes"));
        enriched.put(CPV_DIVISIONS, Cpv.divisions(cpvCodes));
        reach(document.get("activities"), enriched);
        enriched.put(SEARCH_TEXT, SupplierSearchText.compose(string(document.get("legalName")),
                string(document.get("brand")), string(document.get("description")), strings(document.get("kinds")),
                cpvCodes, string(document.get("communeName")), string(document.get("department")), string(document.get("region")),
                reference.territories(), reference.cpv()));
        return enriched;
    }

    /**
     * Where the supplier works, across its activities, flat enough to filter on ({@code serving=}):
     * anywhere, these departments and regions, and up to this many km around its location.
     */
    private static void reach(Object activities, Map<String, Object> enriched) {
        boolean country = false;
        Set<String> departments = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Integer radiusKm = null;
        if (activities instanceof Collection<?> all) {
            for (Object activity : all) {
                if (activity instanceof Map<?, ?> fields && fields.get("range") instanceof Map<?, ?> range) {
                    switch (String.valueOf(range.get("kind"))) {
                        case "COUNTRY" -> country = true;
                        case "ZONES" -> {
                            departments.addAll(strings(range.get("departments")));
                            regions.addAll(strings(range.get("regions")));
                        }
                        case "RADIUS" -> {
                            if (range.get("radiusKm") instanceof Number radius) {
                                radiusKm = Math.max(radiusKm == null ? 0 : radiusKm, radius.intValue());
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        enriched.put(REACH_COUNTRY, country);
        enriched.put(REACH_DEPARTMENTS, List.copyOf(departments));
        enriched.put(REACH_REGIONS, List.copyOf(regions));
        enriched.put(REACH_RADIUS_KM, radiusKm);
    }

    private static String string(Object value) {
        return value instanceof String text ? text : null;
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }
}
