package org.essmarket.search.savedsearch.persistence;

import java.time.Instant;

import org.essmarket.search.savedsearch.domain.SavedSearch;
import org.essmarket.search.savedsearch.domain.SearchCriteria;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One saved search, in the {@code savedSearches} collection. */
@Document("savedSearches")
public record SavedSearchDocument(@Id String id, @Indexed String ownerUserId, String name, SearchCriteria criteria,
        String alertEmail, Instant createdAt) {

    public static SavedSearchDocument of(SavedSearch search) {
        return new SavedSearchDocument(search.id(), search.ownerUserId(), search.name(), search.criteria(),
                search.alertEmail(), search.createdAt());
    }

    public SavedSearch toSavedSearch() {
        return new SavedSearch(id, ownerUserId, name, criteria, alertEmail, createdAt);
    }
}
