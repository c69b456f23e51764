package org.essmarket.search.savedsearch.persistence;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SavedSearchRepository extends MongoRepository<SavedSearchDocument, String> {

    List<SavedSearchDocument> findByOwnerUserIdOrderByCreatedAtAsc(String ownerUserId);

    long countByOwnerUserId(String ownerUserId);
}
