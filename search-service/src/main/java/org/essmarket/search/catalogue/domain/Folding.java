package org.essmarket.search.catalogue.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a French user's spelling of a name is compared with ours: accents, case, hyphens,
 * apostrophes and repeated spaces do not matter ("seine saint denis" = "Seine-Saint-Denis",
 * "ile de france" = "Île-de-France"). Also "St"/"Ste" are read as "Saint"/"Sainte".
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        return plain(text).replaceAll("\\bst\\b", "saint").replaceAll("\\bste\\b", "sainte");
    }

    /**
     * Accents, case, ligatures, hyphens, apostrophes and repeated spaces folded, but no abbreviation
     * read: a prefix being typed ("st" of "Strasbourg") must stay what it is.
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
