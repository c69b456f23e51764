package org.essmarket.tender.tender.domain;

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
}
