package org.essmarket.search.autocomplete.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.essmarket.search.autocomplete.domain.PrefixIndex.Entry;
import org.junit.jupiter.api.Test;

class PrefixIndexTest {

    private static Entry commune(String name, String code, long population) {
        return new Entry(name, code, population, List.of(name));
    }

    private final PrefixIndex communes = new PrefixIndex(List.of(
            commune("Villabé", "91659", 5_500),
            commune("Villeurbanne", "69266", 156_928),
            commune("Villeneuve-d'Ascq", "59009", 62_067),
            commune("Le Havre", "76351", 166_462),
            commune("Havrincourt", "62421", 300),
            commune("L'Abergement-Clémenciat", "01001", 832),
            commune("Saint-Étienne", "42218", 173_089),
            commune("Strasbourg", "67482", 291_313),
            commune("Bonneville", "74042", 12_000)));

    private List<String> codes(PrefixIndex index, String typed, int limit) {
        return index.find(typed, limit).stream().map(Entry::value).toList();
    }

    @Test
    void a_commune_prefix_without_accents_suggests_the_commune() {
        assertThat(codes(communes, "saint et", 8)).containsExactly("42218");
        assertThat(codes(communes, "SAINT-ÉT", 8)).containsExactly("42218");
    }

    @Test
    void among_communes_found_by_the_same_prefix_the_biggest_come_first() {
        assertThat(codes(communes, "vill", 8)).containsExactly("69266", "59009", "91659");
        assertThat(codes(communes, "vill", 1)).containsExactly("69266");
    }

    @Test
    void a_prefix_only_finds_names_with_a_word_that_begins_with_it() {
        assertThat(codes(communes, "ville", 8)).doesNotContain("74042").contains("69266", "59009");
        assertThat(codes(communes, "bourg", 8)).isEmpty();
    }

    @Test
    void an_elided_article_is_found_with_or_without_its_apostrophe_or_not_at_all() {
        assertThat(codes(communes, "l'aber", 8)).containsExactly("01001");
        assertThat(codes(communes, "l aber", 8)).containsExactly("01001");
        assertThat(codes(communes, "aber", 8)).containsExactly("01001");
        assertThat(codes(communes, "villeneuve d", 8)).containsExactly("59009");
        assertThat(codes(communes, "villeneuve d’asc", 8)).containsExactly("59009");
        assertThat(codes(communes, "villeneuve asc", 8)).containsExactly("59009");
    }

    @Test
    void a_name_that_begins_with_what_was_typed_comes_before_bigger_ones_that_only_contain_it() {
        assertThat(codes(communes, "havr", 8)).containsExactly("76351", "62421");
        assertThat(codes(communes, "le havre", 8)).containsExactly("76351");
    }

    @Test
    void a_typed_abbreviation_stays_a_prefix() {
        assertThat(codes(communes, "st", 8)).containsExactly("67482");
    }

    @Test
    void the_words_typed_may_skip_words_and_come_in_any_order() {
        PrefixIndex cpv = new PrefixIndex(List.of(
                new Entry("90910000 — Services de nettoyage", "90910000", -21,
                        List.of("90910000", "Services de nettoyage")),
                new Entry("90900000 — Services de nettoyage et d'hygiène", "90900000", -34,
                        List.of("90900000", "Services de nettoyage et d'hygiène")),
                new Entry("55520000 — Services de traiteur", "55520000", -20,
                        List.of("55520000", "Services de traiteur"))));

        assertThat(codes(cpv, "nettoy", 8)).containsExactly("90910000", "90900000");
        assertThat(codes(cpv, "services nett", 8)).containsExactly("90910000", "90900000");
        assertThat(codes(cpv, "nettoyage hygiene", 8)).containsExactly("90900000");
        assertThat(codes(cpv, "9091", 8)).containsExactly("90910000");
    }

    @Test
    void nothing_searchable_typed_suggests_nothing() {
        assertThat(codes(communes, " ' - ", 8)).isEmpty();
        assertThat(codes(communes, "l'", 8)).isEmpty();
    }
}
