package org.essmarket.search.autocomplete.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.essmarket.search.autocomplete.domain.AutocompleteQuery;
import org.essmarket.search.autocomplete.domain.Suggestion;
import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.junit.jupiter.api.Test;

/** Communes and CPV labels on the real reference data, which never reach Elasticsearch. */
class AutocompleteTest {

    private static final CatalogueReferenceData REFERENCE = new CatalogueReferenceData();

    private final Autocomplete autocomplete = new Autocomplete(null, null, REFERENCE);

    private List<Suggestion> suggest(String q, String type) {
        return autocomplete.suggest(AutocompleteQuery.from(q, List.of(type), null));
    }

    @Test
    void the_first_letters_of_a_big_city_suggest_it_first_with_its_department() {
        assertThat(suggest("vill", "commune").getFirst()).isEqualTo(new Suggestion("commune", "Villeurbanne (69)", "69266"));
        assertThat(suggest("le hav", "commune").getFirst()).isEqualTo(new Suggestion("commune", "Le Havre (76)", "76351"));
    }

    @Test
    void paris_lyon_and_marseille_are_suggested_before_their_arrondissements() {
        assertThat(suggest("paris", "commune")).extracting(Suggestion::value).startsWith("75056", "75115");
        assertThat(suggest("marseil", "commune").getFirst()).isEqualTo(new Suggestion("commune", "Marseille (13)", "13055"));
        assertThat(suggest("lyon", "commune").getFirst().value()).isEqualTo("69123");
    }

    @Test
    void a_trade_word_begun_suggests_its_cpv_codes_shortest_labels_first() {
        List<Suggestion> cleaning = suggest("nettoy", "cpv");

        assertThat(cleaning).hasSize(8).contains(new Suggestion("cpv", "90910000 — Services de nettoyage", "90910000"));
        assertThat(cleaning).allSatisfy(suggestion -> assertThat(suggestion.label()).containsIgnoringCase("nettoy"));
    }

    @Test
    void the_first_digits_of_a_cpv_code_suggest_the_code_and_those_below_it() {
        assertThat(suggest("9091", "cpv")).extracting(Suggestion::value).startsWith("90910000")
                .allSatisfy(code -> assertThat(code).startsWith("9091"));
    }
}
