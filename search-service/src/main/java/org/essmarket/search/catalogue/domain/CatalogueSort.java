package org.essmarket.search.catalogue.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders of catalogue results: best match first, nearest first (needs a place), or by name. */
public enum CatalogueSort {
    RELEVANCE, DISTANCE, NAME;

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CatalogueSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameterValue().equalsIgnoreCase(value.trim())).findFirst();
    }
}
