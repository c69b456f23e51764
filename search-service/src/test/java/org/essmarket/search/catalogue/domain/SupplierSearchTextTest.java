package org.essmarket.search.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SupplierSearchTextTest {

    private final Territories territories = new Territories(List.of(new Territories.Region("11", "Île-de-France")),
            List.of(new Territories.Department("93", "Seine-Saint-Denis", "11")), List.of());
    private final CpvVocabulary cpv = new CpvVocabulary(Map.of("90910000", "Services de nettoyage",
            "77310000", "Réalisation et entretien d'espaces verts"));

    @Test
    void a_supplier_is_found_by_its_own_words_then_by_what_we_know_of_it() {
        List<String> text = SupplierSearchText.compose("FASTROAD IDF", "Fastroad", "Nettoyage de locaux",
                List.of("EA", "unknown"), List.of("90910000", "99999999"), "Montreuil", "93", "11", territories, cpv);

        assertThat(text).containsExactly("FASTROAD IDF", "Fastroad", "Nettoyage de locaux", "Entreprise adaptée",
                "Services de nettoyage", "Montreuil", "Seine-Saint-Denis", "Île-de-France");
    }

    @Test
    void a_brand_that_repeats_the_name_is_not_counted_twice() {
        assertThat(SupplierSearchText.compose("LA COLLECTERIE", "La Collecterie", null, null, null, null, null, null,
                territories, cpv)).containsExactly("LA COLLECTERIE");
    }

    @Test
    void missing_parts_are_left_out() {
        assertThat(SupplierSearchText.compose(null, " ", null, List.of(), List.of(), null, "00", null, territories, cpv))
                .isEmpty();
    }
}
