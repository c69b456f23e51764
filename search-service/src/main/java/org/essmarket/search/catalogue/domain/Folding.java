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
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        return folded.replaceAll("\\bst\\b", "saint").replaceAll("\\bste\\b", "sainte");
    }
}
