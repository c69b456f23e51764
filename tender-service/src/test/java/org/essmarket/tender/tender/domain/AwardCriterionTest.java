package org.essmarket.tender.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.essmarket.tender.tender.domain.AwardCriterion.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwardCriterionTest {

    @ParameterizedTest
    @CsvSource({
            "Prix, PRICE",
            "Coût global, PRICE",
            "Performance en matière de protection de l'environnement, ENVIRONMENTAL",
            "Coût du cycle de vie (émissions de CO2), ENVIRONMENTAL",
            "Performance sociale, SOCIAL",
            "Insertion professionnelle des publics en difficulté, SOCIAL",
            "Valeur technique, OTHER",
            "Délai d'exécution, OTHER"})
    void a_criterion_without_category_takes_the_one_its_name_says(String name, Category expected) {
        assertThat(new AwardCriterion(name, 10).category()).isEqualTo(expected);
    }

    @Test
    void a_category_given_is_kept_whatever_the_name() {
        assertThat(new AwardCriterion("Valeur technique", 40, Category.ENVIRONMENTAL).category())
                .isEqualTo(Category.ENVIRONMENTAL);
    }
}
