package org.essmarket.search.autocomplete.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.essmarket.search.catalogue.domain.ParameterViolation;
import org.junit.jupiter.api.Test;

class AutocompleteQueryTest {

    private static List<String> refused(String q, List<String> type, Integer size) {
        try {
            AutocompleteQuery.from(q, type, size);
            return List.of();
        } catch (InvalidSearchParameters e) {
            return e.violations().stream().map(ParameterViolation::parameter).toList();
        }
    }

    @Test
    void without_type_or_size_it_suggests_eight_of_every_type() {
        AutocompleteQuery query = AutocompleteQuery.from("  vill ", null, null);

        assertThat(query.text()).isEqualTo("vill");
        assertThat(query.types()).containsExactly(SuggestionType.SUPPLIER, SuggestionType.COMMUNE, SuggestionType.CPV);
        assertThat(query.size()).isEqualTo(8);
    }

    @Test
    void types_are_read_whatever_their_case() {
        assertThat(AutocompleteQuery.from("vill", List.of("Commune", "CPV"), 3).types())
                .containsExactly(SuggestionType.COMMUNE, SuggestionType.CPV);
    }

    @Test
    void a_blank_or_too_long_text_an_unknown_type_and_a_size_beyond_twenty_are_refused_by_name() {
        assertThat(refused(" ", null, null)).containsExactly("q");
        assertThat(refused(null, null, null)).containsExactly("q");
        assertThat(refused("x".repeat(101), null, null)).containsExactly("q");
        assertThat(refused("x".repeat(100), null, 20)).isEmpty();
        assertThat(refused("vill", List.of("tender"), 21)).containsExactly("type", "size");
        assertThat(refused("vill", null, 0)).containsExactly("size");
        assertThatThrownBy(() -> AutocompleteQuery.from("vill", List.of("tender"), null))
                .hasMessageContaining("tender");
    }

    private static List<Suggestion> suggestions(SuggestionType type, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Suggestion(type.code(), type.code() + i, "" + i)).toList();
    }

    @Test
    void the_types_share_the_answer_and_a_type_with_fewer_leaves_its_share_to_the_others() {
        AutocompleteQuery query = AutocompleteQuery.from("vill", null, 8);

        List<Suggestion> even = query.mix(Map.of(SuggestionType.SUPPLIER, suggestions(SuggestionType.SUPPLIER, 8),
                SuggestionType.COMMUNE, suggestions(SuggestionType.COMMUNE, 8),
                SuggestionType.CPV, suggestions(SuggestionType.CPV, 8)));
        assertThat(even).extracting(Suggestion::label).containsExactly("supplier0", "supplier1", "supplier2",
                "commune0", "commune1", "commune2", "cpv0", "cpv1");

        List<Suggestion> uneven = query.mix(Map.of(SuggestionType.SUPPLIER, suggestions(SuggestionType.SUPPLIER, 1),
                SuggestionType.COMMUNE, suggestions(SuggestionType.COMMUNE, 8),
                SuggestionType.CPV, List.of()));
        assertThat(uneven).extracting(Suggestion::label).containsExactly("supplier0", "commune0", "commune1",
                "commune2", "commune3", "commune4", "commune5", "commune6");
    }
}
