package org.essmarket.tender.document.domain;

/** What a document belongs to: a tender's documents (DCE) or a bid's. */
public enum OwnerKind {
    TENDER, BID
}
