package org.essmarket.platform.sync;

import java.util.Objects;

/**
 * One owner's document and the version search holds it under (DESIGN.md §4): either the document
 * to index, or a removal ({@code document} null) for one search must no longer show. Removals are
 * versioned like documents, so an older push never undoes a newer one, whichever arrives last.
 * {@code failures} counts the pushes of this version search refused so far (the relay's back-off).
 */
public record VersionedDocument(String id, long version, Object document, int failures) {

    public VersionedDocument {
        Objects.requireNonNull(id, "id");
    }

    public VersionedDocument(String id, long version, Object document) {
        this(id, version, document, 0);
    }

    public static VersionedDocument removal(String id, long version) {
        return new VersionedDocument(id, version, null);
    }

    public boolean removes() {
        return document == null;
    }

    public VersionedDocument withFailures(int failures) {
        return new VersionedDocument(id, version, document, failures);
    }
}
