package org.essmarket.search.tenders.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The statuses of a tender search may show: the public ones (DESIGN.md §5). Drafts, submissions,
 * rejected and cancelled tenders never reach the index, and a filter cannot ask for them.
 */
public enum TenderStatus {
    PUBLISHED, PLANNED, CLOSED, AWARDED;

    /** What a search shows when the caller names no status: the tenders open to bids. */
    public static final TenderStatus DEFAULT = PUBLISHED;

    public static Optional<TenderStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }
}
