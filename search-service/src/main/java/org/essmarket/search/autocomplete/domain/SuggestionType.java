package org.essmarket.search.autocomplete.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What autocomplete suggests, in the order an answer lists them. */
public enum SuggestionType {
    /** A VERIFIED supplier, by its name. */
    SUPPLIER,
    /** A French commune, with its department. */
    COMMUNE,
    /** A CPV code, by its French label or its digits. */
    CPV;

    /** The name in requests and answers: {@code supplier}, {@code commune}, {@code cpv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuggestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equalsIgnoreCase(code)).findFirst();
    }
}
