package org.essmarket.search.index.application;

import java.util.List;

import org.essmarket.search.index.application.SearchIndices.VersionedDocument;

/**
 * The owning services' feeds of every document search should hold (supplier-service's
 * {@code GET /internal/suppliers}, tender-service's {@code GET /internal/tenders}), read to rebuild
 * an index from the source of truth. They are paged by key, in id order, each page starting after
 * the last id read: a document that leaves the feed meanwhile shifts no other out of the next page.
 */
public interface OwnerFeeds {

    /** At most {@code size} documents whose ids come after {@code after} (from the first when null). */
    FeedPage read(String type, String after, int size);

    /** One page of an owner's feed: its documents with their versions, and how many the feed holds. */
    record FeedPage(List<VersionedDocument> documents, long totalElements) {
    }
}
