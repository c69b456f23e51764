package org.essmarket.search.savedsearch.application;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.essmarket.platform.web.UseCaseRefusal;
import org.essmarket.search.catalogue.application.CatalogueReferenceData;
import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.essmarket.search.catalogue.domain.ParameterViolation;
import org.essmarket.search.catalogue.domain.Territories;
import org.essmarket.search.savedsearch.domain.SavedSearch;
import org.essmarket.search.savedsearch.domain.SearchCriteria;
import org.essmarket.search.savedsearch.persistence.SavedSearchDocument;
import org.essmarket.search.savedsearch.persistence.SavedSearchRepository;
import org.essmarket.search.tenders.application.TenderSearchRequests;
import org.essmarket.search.tenders.domain.TenderQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;

/** Use cases of saved searches: a user saves, lists and deletes its own; alerts ask which find a tender. */
@Service
public class SavedSearches {

    private static final Logger log = LoggerFactory.getLogger(SavedSearches.class);
    /** Saved searches checked per multi-search request. */
    private static final int BATCH = 100;
    static final String EMAIL_ALERTS = "emailAlerts";

    private final SavedSearchRepository repository;
    private final ElasticsearchClient client;
    private final Territories territories;

    public SavedSearches(SavedSearchRepository repository, ElasticsearchClient client, CatalogueReferenceData reference) {
        this.repository = repository;
        this.client = client;
        this.territories = reference.territories();
    }

    /**
     * Saves a search of the caller's.
     *
     * @param ownerEmail the caller's address (from its token), used when it asks for email alerts
     * @throws InvalidSearchParameters naming each bad criterion, or email alerts without an address
     * @throws TooManySavedSearches beyond {@link SavedSearch#MAX_PER_USER}
     */
    public SavedSearch saveSearch(String ownerUserId, String ownerEmail, String name, SearchCriteria criteria,
            boolean emailAlerts) {
        TenderQuery.from(criteria.asTenderSearch(), territories);
        if (emailAlerts) {
            requireEmail(ownerEmail);
        }
        if (repository.countByOwnerUserId(ownerUserId) >= SavedSearch.MAX_PER_USER) {
            throw new TooManySavedSearches();
        }
        SavedSearch search = new SavedSearch(UUID.randomUUID().toString(), ownerUserId, name.strip(), criteria,
                emailAlerts ? ownerEmail : null, Instant.now());
        repository.insert(SavedSearchDocument.of(search));
        return search;
    }

    public List<SavedSearch> listMySavedSearches(String ownerUserId) {
        return repository.findByOwnerUserIdOrderByCreatedAtAsc(ownerUserId).stream()
                .map(SavedSearchDocument::toSavedSearch).toList();
    }

    /**
     * Turns email alerts of one of the caller's saved searches on (to its current address) or off.
     *
     * @throws SavedSearchNotFound when it is not one of the caller's
     * @throws InvalidSearchParameters turning alerts on when the caller's account has no email address
     */
    public SavedSearch setEmailAlerts(String ownerUserId, String ownerEmail, String id, boolean emailAlerts) {
        SavedSearch search = findOwn(ownerUserId, id).toSavedSearch();
        if (emailAlerts) {
            requireEmail(ownerEmail);
        }
        SavedSearch changed = new SavedSearch(search.id(), search.ownerUserId(), search.name(), search.criteria(),
                emailAlerts ? ownerEmail : null, search.createdAt());
        repository.save(SavedSearchDocument.of(changed));
        return changed;
    }

    /** @throws SavedSearchNotFound when it is not one of the caller's */
    public void deleteSavedSearch(String ownerUserId, String id) {
        repository.delete(findOwn(ownerUserId, id));
    }

    private SavedSearchDocument findOwn(String ownerUserId, String id) {
        return repository.findById(id).filter(found -> found.ownerUserId().equals(ownerUserId))
                .orElseThrow(() -> new SavedSearchNotFound(id));
    }

    private static void requireEmail(String ownerEmail) {
        if (ownerEmail == null || ownerEmail.isBlank()) {
            throw new InvalidSearchParameters(List.of(new ParameterViolation(EMAIL_ALERTS,
                    "your account has no email address: alerts can only be in-app")));
        }
    }

    /**
     * The saved searches that find this tender, asked of Elasticsearch in multi-search batches: each
     * saved search's own query, restricted to the tender. The tender must be searchable already.
     */
    public List<SavedSearch> findingTender(String tenderId) throws IOException {
        List<SavedSearch> all = repository.findAll().stream().map(SavedSearchDocument::toSavedSearch).toList();
        List<SavedSearch> finding = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<SavedSearch> batch = new ArrayList<>();
            List<Query> queries = new ArrayList<>();
            for (SavedSearch search : all.subList(from, Math.min(all.size(), from + BATCH))) {
                try {
                    queries.add(Query.of(q -> q.bool(b -> b
                            .filter(TenderSearchRequests.finds(TenderQuery.from(search.criteria().asTenderSearch(),
                                    territories)))
                            .filter(only -> only.ids(ids -> ids.values(tenderId))))));
                    batch.add(search);
                } catch (InvalidSearchParameters noLongerValid) {
                    log.warn("saved search {} has criteria search no longer reads: {}", search.id(),
                            noLongerValid.getMessage());
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            var response = client.msearch(msearch -> {
                queries.forEach(query -> msearch.searches(s -> s.header(h -> h.index(TenderSearchRequests.INDEX))
                        .body(body -> body.query(query).size(0).trackTotalHits(t -> t.enabled(true)))));
                return msearch;
            }, Void.class);
            for (int i = 0; i < batch.size(); i++) {
                MultiSearchResponseItem<Void> item = response.responses().get(i);
                if (item.isResult() && item.result().hits().total() != null
                        && item.result().hits().total().value() > 0) {
                    finding.add(batch.get(i));
                } else if (item.isFailure()) {
                    log.warn("saved search {} could not be checked: {}", batch.get(i).id(), item.failure().error());
                }
            }
        }
        return finding;
    }

    /** Not one of the caller's saved searches (404 either way). */
    public static class SavedSearchNotFound extends UseCaseRefusal.NotFound {
        SavedSearchNotFound(String id) {
            super("No saved search " + id);
        }
    }

    /** The caller keeps the most saved searches allowed (409). */
    public static class TooManySavedSearches extends UseCaseRefusal.Conflict {
        TooManySavedSearches() {
            super("You keep " + SavedSearch.MAX_PER_USER + " saved searches, the most allowed: delete one first");
        }
    }
}
