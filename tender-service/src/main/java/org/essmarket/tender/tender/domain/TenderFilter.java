package org.essmarket.tender.tender.domain;

import java.util.Set;

/**
 * Filters of the tender list; null means "any". {@code cpvPrefix} (digits) matches the start of a
 * tender's or a lot's CPV code; {@code department} a department of the place of performance.
 */
public record TenderFilter(Set<TenderStatus> statuses, String cpvPrefix, String department, String buyerSiret) {
}
