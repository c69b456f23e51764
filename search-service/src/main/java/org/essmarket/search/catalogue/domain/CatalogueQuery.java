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
import static org.essmarket.search.catalogue.domain.CatalogueRequest.SIZE;
import static org.essmarket.search.catalogue.domain.CatalogueRequest.SORT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A checked catalogue search: every value is one the index understands (kinds as codes, regions
 * and departments as INSEE codes, CPV prefixes as digits), or the request was refused with each
 * bad parameter named. The user's text stays text: it is analysed as words, never parsed as query
 * syntax.
 */
public record CatalogueQuery(String text, List<String> kinds, List<String> regions, List<String> departments,
        List<String> cpvPrefixes, List<String> legalForms, List<String> labels, GeoPoint near, Integer radiusKm,
        CatalogueSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MIN_RADIUS_KM = 1;
    public static final int MAX_RADIUS_KM = 1000;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_VALUES_PER_FILTER = 20;
    public static final int MAX_VALUE_LENGTH = 100;
    /** Elasticsearch's default {@code index.max_result_window}: deeper pages need search_after. */
    public static final int MAX_RESULT_WINDOW = 10_000;

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
        List<ParameterViolation> violations = new ArrayList<>();

        String text = request.q() == null || request.q().isBlank() ? null : request.q().strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            violations.add(new ParameterViolation(Q, "at most " + MAX_TEXT_LENGTH + " characters"));
        }

        List<String> kinds = values(request.kind(), KIND, violations, value -> SupplierKind.fromCode(value)
                .map(SupplierKind::name).map(Result::ok)
                .orElseGet(() -> Result.error("unknown supplier kind '" + shorten(value) + "'")));
        List<String> regions = values(request.region(), REGION, violations, value -> territories.region(value)
                .map(Territories.Region::code).map(Result::ok)
                .orElseGet(() -> Result.error("unknown region '" + shorten(value) + "': an INSEE code or a name")));
        List<String> departments = values(request.department(), DEPARTMENT, violations,
                value -> territories.department(value).map(Territories.Department::code).map(Result::ok)
                        .orElseGet(() -> Result.error(
                                "unknown department '" + shorten(value) + "': an INSEE code or a name")));
        List<String> cpvPrefixes = values(request.cpvPrefix(), CPV_PREFIX, violations, value -> {
            try {
                return Result.ok(Cpv.prefix(value));
            } catch (IllegalArgumentException e) {
                return Result.error(e.getMessage());
            }
        });
        List<String> legalForms = values(request.legalForm(), LEGAL_FORM, violations, CatalogueQuery::freeText);
        List<String> labels = values(request.label(), LABEL, violations, CatalogueQuery::freeText);

        GeoPoint near = null;
        if (request.near() != null && !request.near().isBlank()) {
            try {
                near = GeoPoint.parse(request.near());
            } catch (IllegalArgumentException e) {
                violations.add(new ParameterViolation(NEAR, e.getMessage()));
            }
        }
        Integer radiusKm = request.radiusKm();
        if (radiusKm != null) {
            if (radiusKm < MIN_RADIUS_KM || radiusKm > MAX_RADIUS_KM) {
                violations.add(new ParameterViolation(RADIUS_KM,
                        "between " + MIN_RADIUS_KM + " and " + MAX_RADIUS_KM + " km"));
            } else if (request.near() == null || request.near().isBlank()) {
                violations.add(new ParameterViolation(RADIUS_KM, "a radius needs a point: give near=lat,lon"));
            }
        }

        CatalogueSort sort = CatalogueSort.RELEVANCE;
        if (request.sort() != null && !request.sort().isBlank()) {
            Optional<CatalogueSort> parsed = CatalogueSort.fromParameter(request.sort());
            if (parsed.isEmpty()) {
                violations.add(new ParameterViolation(SORT, "one of relevance, distance, name"));
            } else if (parsed.get() == CatalogueSort.DISTANCE && (request.near() == null || request.near().isBlank())) {
                violations.add(new ParameterViolation(SORT, "sorting by distance needs a point: give near=lat,lon"));
            } else {
                sort = parsed.get();
            }
        }

        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? DEFAULT_SIZE : request.size();
        if (page < 0) {
            violations.add(new ParameterViolation(PAGE, "0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new ParameterViolation(SIZE, "between 1 and " + MAX_SIZE));
        } else if (page >= 0 && (long) (page + 1) * size > MAX_RESULT_WINDOW) {
            violations.add(new ParameterViolation(PAGE,
                    "pages end at result " + MAX_RESULT_WINDOW + ": narrow the search instead"));
        }

        if (!violations.isEmpty()) {
            throw new InvalidSearchParameters(violations);
        }
        return new CatalogueQuery(text, kinds, regions, departments, cpvPrefixes, legalForms, labels, near, radiusKm,
                sort, page, size);
    }

    private record Result(String value, String error) {
        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result error(String error) {
            return new Result(null, error);
        }
    }

    private static Result freeText(String value) {
        return value.length() > MAX_VALUE_LENGTH ? Result.error("at most " + MAX_VALUE_LENGTH + " characters")
                : Result.ok(value);
    }

    /** Blank values are dropped, duplicates merged; each value is checked by {@code check}. */
    private static List<String> values(List<String> raw, String parameter, List<ParameterViolation> violations,
            Function<String, Result> check) {
        if (raw == null) {
            return List.of();
        }
        List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (given.size() > MAX_VALUES_PER_FILTER) {
            violations.add(new ParameterViolation(parameter, "at most " + MAX_VALUES_PER_FILTER + " values"));
            return List.of();
        }
        Set<String> accepted = new LinkedHashSet<>();
        for (String value : given) {
            Result result = check.apply(value);
            if (result.error() != null) {
                violations.add(new ParameterViolation(parameter, result.error()));
            } else {
                accepted.add(result.value());
            }
        }
        return List.copyOf(accepted);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
