package org.essmarket.tender.tender.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a tender (DESIGN.md §3): announced ahead (PLANNED), written (DRAFT), sent for
 * validation (SUBMITTED), then PUBLISHED or REJECTED by a facilitator, CLOSED at its deadline,
 * and finally AWARDED or CANCELLED.
 */
public enum TenderStatus {
    PLANNED, DRAFT, SUBMITTED, PUBLISHED, REJECTED, CLOSED, AWARDED, CANCELLED;

    /** Whether suppliers can see the tender at all. */
    public boolean isVisibleToSuppliers() {
        return this == PLANNED || this == PUBLISHED || this == CLOSED || this == AWARDED;
    }

    /** The statuses in which suppliers (and anonymous callers) see a tender. */
    public static Set<TenderStatus> visibleToSuppliers() {
        return Collections.unmodifiableSet(
                EnumSet.copyOf(Arrays.stream(values()).filter(TenderStatus::isVisibleToSuppliers).toList()));
    }
}
