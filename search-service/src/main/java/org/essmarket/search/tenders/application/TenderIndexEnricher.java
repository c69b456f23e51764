package org.essmarket.search.tenders.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.essmarket.search.catalogue.domain.Cpv;
import org.essmarket.search.index.application.IndexDocumentEnricher;
import org.springframework.stereotype.Component;

/**
 * What tender search computes from tender-service's document (TenderIndexDocument) before it is
 * indexed: {@code lotTitles} (the lots' titles at the top level, so one {@code multi_match} finds and
 * highlights them beside the title; the nested {@code lots} stay for per-lot filters) and
 * {@code cpvDivisions} (of the tender's and its lots' codes, for the division facet).
 */
@Component
public class TenderIndexEnricher implements IndexDocumentEnricher {

    static final String LOT_TITLES = "lotTitles";
    static final String CPV_DIVISIONS = "cpvDivisions";

    @Override
    public String type() {
        return "tenders";
    }

    @Override
    public Map<String, Object> enrich(Map<String, Object> document) {
        Map<String, Object> enriched = new LinkedHashMap<>(document);
        List<Map<?, ?>> lots = document.get("lots") instanceof Collection<?> all
                ? all.stream().filter(Map.class::isInstance).<Map<?, ?>>map(lot -> (Map<?, ?>) lot).toList()
                : List.of();
        enriched.put(LOT_TITLES, lots.stream().map(lot -> lot.get("title")).filter(String.class::isInstance)
                .map(String.class::cast).toList());
        List<String> codes = Stream.concat(
                document.get("cpvCodes") instanceof Collection<?> cpv ? cpv.stream() : Stream.empty(),
                lots.stream().map(lot -> lot.get("cpv")))
                .filter(Objects::nonNull).map(Object::toString).toList();
        enriched.put(CPV_DIVISIONS, Cpv.divisions(codes));
        return enriched;
    }
}
