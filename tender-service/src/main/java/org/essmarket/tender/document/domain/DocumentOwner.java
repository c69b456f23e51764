package org.essmarket.tender.document.domain;

import java.util.Objects;

/** The tender or bid a document belongs to. */
public record DocumentOwner(OwnerKind kind, String id) {

    public DocumentOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static DocumentOwner tender(String tenderId) {
        return new DocumentOwner(OwnerKind.TENDER, tenderId);
    }

    public static DocumentOwner bid(String bidId) {
        return new DocumentOwner(OwnerKind.BID, bidId);
    }
}
