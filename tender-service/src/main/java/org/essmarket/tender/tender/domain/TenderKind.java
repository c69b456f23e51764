package org.essmarket.tender.tender.domain;

/** A formal call for tenders, a request for quotes, or a sourcing call (market research, no contract yet). */
public enum TenderKind {
    TENDER, QUOTE, SOURCING
}
