package org.essmarket.search.tenders.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders of tender results: best match first, or the soonest deadline first. */
public enum TenderSort {
    RELEVANCE, DEADLINE;

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TenderSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameterValue().equalsIgnoreCase(value.trim())).findFirst();
    }
}
