package org.essmarket.tender.tender.application;

import java.time.Instant;

import org.essmarket.tender.tender.domain.TenderStatus;

/** What a list of tenders shows of each one. */
public record TenderSummary(String id, String buyerSiret, String title, TenderStatus status, Instant deadline) {
}
