package org.essmarket.platform.sync;

import java.util.List;

/**
 * What a service tells the {@link SearchIndexRelay} about one of its collections kept in step with
 * a search index: which changes are pending (already mapped to what search indexes) and how to
 * clear the pending mark. A service declares one as a bean; the relay does the rest.
 */
public interface IndexedCollection {

    /** The index type on search-service ({@code suppliers}, {@code tenders}). */
    String type();

    /** At most {@code limit} changes not yet pushed, each with the version it was written under. */
    List<VersionedDocument> pendingChanges(int limit);

    /** Clears the pending mark of {@code id}, unless it changed again since {@code version} was read. */
    void markSynced(String id, long version);
}
