package org.essmarket.tender.compliance.domain;

import java.util.List;
import java.util.stream.Collectors;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.AwardCriterion.Category;

/**
 * C1 — L2152-7 and R2152-7 as the loi Climat et Résilience (art. 35) wrote them: at least one award
 * criterion takes the environmental characteristics of the offers into account; a single criterion
 * only if it is a cost including them, so price alone fails.
 */
public class EnvironmentalCriterionRule implements ComplianceRule {

    @Override
    public String id() {
        return "C1";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        List<AwardCriterion> criteria = tender.terms().awardCriteria();
        String says = criteria.isEmpty() ? "Aucun critère d'attribution" : criteria.stream()
                .map(c -> c.name() + " (" + c.weight() + " %, " + label(c.category()) + ")")
                .collect(Collectors.joining(", "));
        if (criteria.stream().anyMatch(c -> c.category() == Category.ENVIRONMENTAL)) {
            return Outcome.compliant(says, "Au moins un critère d'attribution prend en compte les caractéristiques "
                    + "environnementales des offres.");
        }
        if (criteria.size() == 1 && criteria.getFirst().category() == Category.PRICE) {
            return Outcome.warning(says, "Le prix est le seul critère : un critère unique n'est admis que s'il est le "
                    + "coût, déterminé selon une approche globale incluant les caractéristiques environnementales.");
        }
        return Outcome.warning(says, "Aucun critère d'attribution ne prend en compte les caractéristiques "
                + "environnementales des offres : ajoutez-en un (catégorie ENVIRONMENTAL).");
    }

    private static String label(Category category) {
        return switch (category) {
            case ENVIRONMENTAL -> "environnemental";
            case SOCIAL -> "social";
            case PRICE -> "prix ou coût";
            case OTHER -> "autre";
        };
    }
}
