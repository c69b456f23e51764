package org.essmarket.platform.sync;

import java.util.Objects;

/**
 * One owner's document and the version search holds it under (DESIGN.md §4): either the document
 * to index, or a removal ({@code document} null) for one search must no longer show. Removals are
 * versioned like documents, so an older push never undoes a newer one, whichever arrives last.
 */
public record VersionedDocument(String id, long version, Object document) {

    public VersionedDocument {
        Objects.requireNonNull(id, "id");
    }

    public static VersionedDocument removal(String id, long version) {
        return new VersionedDocument(id, version, null);
    }

    public boolean removes() {
        return document == null;
    }
}
