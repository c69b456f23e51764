package org.essmarket.platform.sync;

import java.util.List;

/**
 * What a service tells the {@link SearchIndexRelay} about one of its collections kept in step with
 * a search index: which changes are pending (already mapped to what search indexes) and how to
 * clear the pending mark or set a refused change aside. A service declares one as a bean; the
 * relay does the rest. {@link MongoIndexedCollection} keeps these marks on MongoDB documents.
 */
public interface IndexedCollection {

    /** The index type on search-service ({@code suppliers}, {@code tenders}). */
    String type();

    /**
     * At most {@code limit} changes not yet pushed whose turn has come, the longest waiting first,
     * each with the version it was written under and the refusals it met: a change set aside until
     * later is not among them, so changes search keeps refusing never hold up the others.
     */
    List<VersionedDocument> pendingChanges(int limit);

    /** Clears the pending mark of {@code id}, unless it changed again since {@code version} was read. */
    void markSynced(String id, long version);

    /** Sets a change search refused aside as {@code failure} says, unless it changed again since {@code version}. */
    void markFailed(String id, long version, SyncFailure failure);

    /** How many changes the relay gave up on (dead letters), for the service's metrics. */
    long deadLetters();
}
