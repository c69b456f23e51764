package org.essmarket.tender.tender.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An award criterion, its weight in percent and what it weighs (issue 16: the SPASER indicators and
 * the check of L2152-7 count environmental and social criteria). Without a category — a client that
 * does not send one, a tender stored before categories, a BOAMP notice — it is read from the name.
 */
public record AwardCriterion(String name, int weight, Category category) {

    /** What a criterion weighs: environmental or social performance, price or cost, anything else. */
    public enum Category {
        ENVIRONMENTAL, SOCIAL, PRICE, OTHER;

        private static final Pattern ENVIRONMENTAL_WORDS = Pattern.compile(
                "environnement|ecolog|climat|carbone|co2|dechet|energ|durable|circulaire|biodiversit");
        private static final Pattern SOCIAL_WORDS = Pattern.compile("social|insertion|emploi|handicap|solidair|inclusi");
        private static final Pattern PRICE_WORDS = Pattern.compile("\\bprix\\b|\\bcout|\\btarif|\\bmontant");

        /** The category a criterion's name says ("Prix" → PRICE, "Performance environnementale" → ENVIRONMENTAL). */
        public static Category fromName(String name) {
            if (name == null) {
                return OTHER;
            }
            String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            // Environmental first: a life-cycle cost "coût du cycle de vie, émissions de CO2" weighs the environment.
            if (ENVIRONMENTAL_WORDS.matcher(folded).find()) {
                return ENVIRONMENTAL;
            }
            if (SOCIAL_WORDS.matcher(folded).find()) {
                return SOCIAL;
            }
            return PRICE_WORDS.matcher(folded).find() ? PRICE : OTHER;
        }
    }

    public AwardCriterion {
        category = category == null ? Category.fromName(name) : category;
    }

    /** A criterion whose category its name says. */
    public AwardCriterion(String name, int weight) {
        this(name, weight, null);
    }
}
