package org.essmarket.search.autocomplete.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essmarket.search.catalogue.domain.SearchParameters;
import org.essmarket.search.catalogue.domain.SearchParameters.Check;

/**
 * A checked autocomplete request: what was typed, which kinds of suggestion, how many at most.
 * Refusals name the parameter, as the other searches' do.
 */
public record AutocompleteQuery(String text, Set<SuggestionType> types, int size) {

    public static final String Q = "q";
    public static final String TYPE = "type";
    public static final String SIZE = "size";

    public static final int DEFAULT_SIZE = 8;
    public static final int MAX_SIZE = 20;
    /** A name, not a document: longer text is a mistake or an abuse. */
    public static final int MAX_TEXT_LENGTH = 100;

    public AutocompleteQuery {
        types = types.isEmpty() ? EnumSet.allOf(SuggestionType.class) : EnumSet.copyOf(types);
    }

    /** @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming each bad parameter */
    public static AutocompleteQuery from(String q, List<String> type, Integer size) {
        SearchParameters parameters = new SearchParameters();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            parameters.refuse(Q, "the first letters of a name, a commune or a trade");
        } else if (text.length() > MAX_TEXT_LENGTH) {
            parameters.refuse(Q, "at most " + MAX_TEXT_LENGTH + " characters");
        }
        List<String> types = parameters.values(TYPE, type, value -> SuggestionType.fromCode(value)
                .map(known -> Check.ok(known.name()))
                .orElseGet(() -> Check.error("unknown type '" + SearchParameters.shorten(value) + "': one of "
                        + Arrays.stream(SuggestionType.values()).map(SuggestionType::code).toList())));
        int wanted = size == null ? DEFAULT_SIZE : size;
        if (wanted < 1 || wanted > MAX_SIZE) {
            parameters.refuse(SIZE, "between 1 and " + MAX_SIZE);
        }
        parameters.throwIfAnyRefused();
        Set<SuggestionType> kinds = EnumSet.noneOf(SuggestionType.class);
        types.forEach(name -> kinds.add(SuggestionType.valueOf(name)));
        return new AutocompleteQuery(text, kinds, wanted);
    }

    /**
     * At most {@link #size()} suggestions from the best of each type, shared fairly: each type gets
     * its turn until the answer is full, and a type that has fewer leaves its share to the others.
     * Listed by type, in {@link SuggestionType} order, each type's best first.
     *
     * @param bestByType for each type asked, its best suggestions first (at most {@link #size()})
     */
    public List<Suggestion> mix(Map<SuggestionType, List<Suggestion>> bestByType) {
        Map<SuggestionType, Integer> taken = new EnumMap<>(SuggestionType.class);
        int total = 0;
        boolean tookAny = true;
        while (total < size && tookAny) {
            tookAny = false;
            for (SuggestionType type : types) {
                int already = taken.getOrDefault(type, 0);
                if (total < size && already < bestByType.getOrDefault(type, List.of()).size()) {
                    taken.put(type, already + 1);
                    total++;
                    tookAny = true;
                }
            }
        }
        List<Suggestion> mixed = new ArrayList<>(total);
        for (SuggestionType type : types) {
            mixed.addAll(bestByType.getOrDefault(type, List.of()).subList(0, taken.getOrDefault(type, 0)));
        }
        return mixed;
    }
}
