package org.essmarket.search.autocomplete.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.essmarket.search.autocomplete.domain.AutocompleteQuery;
import org.essmarket.search.autocomplete.domain.PrefixIndex;
import org.essmarket.search.autocomplete.domain.Suggestion;
import org.essmarket.search.autocomplete.domain.SuggestionType;
import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.essmarket.search.catalogue.application.CatalogueSearchRequests;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.domain.Commune;
import org.essmarket.search.index.application.SearchIndices;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Suggestions while the user types (issue 6): names of VERIFIED suppliers from the
 * {@code suppliers} index, communes and CPV labels from the reference data, in memory.
 */
@Service
public class Autocomplete {

    /** The supplier's name folded but not stemmed, with its words' first letters indexed (suppliers-index.json). */
    static final String NAME_PREFIXES = "legalName.prefix";

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final PrefixIndex communes;
    private final PrefixIndex cpvLabels;

    public Autocomplete(ElasticsearchClient client, SearchIndices indices, CatalogueReferenceData reference) {
        this.client = client;
        this.indices = indices;
        this.communes = new PrefixIndex(reference.communes().stream().map(Autocomplete::commune).toList());
        this.cpvLabels = new PrefixIndex(reference.cpv().labelsByCode().entrySet().stream()
                .map(cpv -> cpv(cpv.getKey(), cpv.getValue())).toList());
    }

    /** The biggest communes first: "vill" is Villeurbanne before Villabé. */
    private static PrefixIndex.Entry commune(Commune commune) {
        return new PrefixIndex.Entry(commune.name() + " (" + commune.departmentCode() + ")", commune.code(),
                commune.population(), List.of(commune.name()));
    }

    /**
     * Found by its label or its digits. The shortest labels first: the words typed are more of them
     * ("nettoy": "Services de nettoyage" before "Services de nettoyage et de vidange des avaloirs").
     */
    private static PrefixIndex.Entry cpv(String code, String label) {
        return new PrefixIndex.Entry(code + " — " + label, code, -label.length(), List.of(code, label));
    }

    /**
     * @throws org.essmarket.search.catalogue.application.CatalogueSearch.SearchUnavailable when suppliers
     *         were asked for and Elasticsearch cannot answer
     */
    public List<Suggestion> suggest(AutocompleteQuery query) {
        Map<SuggestionType, List<Suggestion>> best = new EnumMap<>(SuggestionType.class);
        for (SuggestionType type : query.types()) {
            best.put(type, switch (type) {
                case SUPPLIER -> suppliers(query.text(), query.size());
                case COMMUNE -> found(communes, type, query);
                case CPV -> found(cpvLabels, type, query);
            });
        }
        return query.mix(best);
    }

    private static List<Suggestion> found(PrefixIndex index, SuggestionType type, AutocompleteQuery query) {
        return index.find(query.text(), query.size()).stream()
                .map(entry -> new Suggestion(type.code(), entry.label(), entry.value())).toList();
    }

    /**
     * The words typed are words of the name, in any order, the last one unfinished
     * ({@code match_bool_prefix}: words, never query syntax); accents, case and elided articles do not matter. Only VERIFIED
     * suppliers, only their id and name leave Elasticsearch.
     */
    private List<Suggestion> suppliers(String text, int size) {
        Query name = Query.of(q -> q.matchBoolPrefix(m -> m.field(NAME_PREFIXES).query(text).operator(Operator.And)));
        SearchRequest request = SearchRequest.of(search -> search.index(CatalogueSearchRequests.INDEX).size(size)
                .query(q -> q.bool(b -> b.must(name).filter(CatalogueSearchRequests.verified())))
                .sort(s -> s.score(score -> score.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("legalName.exact").order(SortOrder.Asc)))
                .source(source -> source.filter(filter -> filter.includes("id", "legalName"))));
        return SearchQueries.execute(client, indices, CatalogueSearchRequests.INDEX, request).hits().hits().stream()
                .map(Autocomplete::supplier).filter(suggestion -> suggestion.label() != null).toList();
    }

    private static Suggestion supplier(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        String id = SearchQueries.string(source.get("id"));
        return new Suggestion(SuggestionType.SUPPLIER.code(), SearchQueries.string(source.get("legalName")),
                id == null ? hit.id() : id);
    }
}
