package org.essmarket.search.catalogue.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The French labels of CPV 2008 codes, by 8-digit code (without the check digit). */
public final class CpvVocabulary {

    private final Map<String, String> labels;

    public CpvVocabulary(Map<String, String> labelsByCode) {
        this.labels = new HashMap<>(labelsByCode);
    }

    /** The label of a code given with or without its check digit ({@code 90910000} or {@code 90910000-9}). */
    public Optional<String> label(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        int dash = trimmed.indexOf('-');
        return Optional.ofNullable(labels.get(dash < 0 ? trimmed : trimmed.substring(0, dash)));
    }

    /** The label of a division ({@code 90} → the label of {@code 90000000}). */
    public Optional<String> divisionLabel(String division) {
        return division == null || division.length() != Cpv.DIVISION_LENGTH ? Optional.empty()
                : label(division + "000000");
    }

    /** Every code (8 digits) with its label. */
    public Map<String, String> labelsByCode() {
        return Collections.unmodifiableMap(labels);
    }

    public int size() {
        return labels.size();
    }
}
