package org.essmarket.search.index.application;

import java.util.List;

import org.essmarket.search.index.application.SearchIndices.VersionedDocument;

/**
 * The owning services' paged feeds of every document search should hold (supplier-service's
 * {@code GET /internal/suppliers}, tender-service's {@code GET /internal/tenders}), read to rebuild
 * an index from the source of truth.
 */
public interface OwnerFeeds {

    FeedPage read(String type, int page, int size);

    /** One page of an owner's feed: its documents with their versions, and the feed's size. */
    record FeedPage(List<VersionedDocument> documents, long totalElements, int totalPages) {
    }
}
