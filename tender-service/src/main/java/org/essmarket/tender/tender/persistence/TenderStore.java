package org.essmarket.tender.tender.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.essmarket.platform.sync.MongoIndexedCollection;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderFilter;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tenders in MongoDB. {@link #save} is optimistic: it fails with Spring's
 * OptimisticLockingFailureException when the stored version moved on.
 */
@Component
public class TenderStore {

    private final TenderRepository repository;
    private final MongoTemplate mongo;
    private final Clock clock;

    TenderStore(TenderRepository repository, MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Tender> findById(String id) {
        return repository.findById(id).map(TenderDocument::toTender);
    }

    public Tender save(Tender tender) {
        return repository.save(TenderDocument.of(tender, clock.instant())).toTender();
    }

    public Page<Tender> search(TenderFilter filter, Pageable page) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            criteria.add(Criteria.where("status").in(filter.statuses()));
        }
        if (filter.buyerSiret() != null) {
            criteria.add(Criteria.where("buyerSiret").is(filter.buyerSiret()));
        }
        if (filter.department() != null) {
            criteria.add(Criteria.where("terms.place.departmentCodes").is(filter.department()));
        }
        if (filter.cpvPrefix() != null) {
            String prefix = "^" + filter.cpvPrefix(); // digits only, checked by the caller
            criteria.add(new Criteria().orOperator(Criteria.where("terms.cpvCodes").regex(prefix),
                    Criteria.where("terms.lots.cpv").regex(prefix)));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, TenderDocument.class);
        List<Tender> content = mongo.find(query.with(page), TenderDocument.class).stream()
                .map(TenderDocument::toTender).toList();
        return new PageImpl<>(content, page, total);
    }

    /**
     * Tenders with one of the statuses whose ids come after {@code after} (from the first when null),
     * in id order, at most {@code limit}: a page of a feed read by key, which a tender leaving the set
     * meanwhile does not shift.
     */
    public List<Tender> withStatusAfter(Set<TenderStatus> statuses, String after, int limit) {
        Criteria criteria = Criteria.where("status").in(statuses);
        if (after != null) {
            criteria = criteria.and("_id").gt(after);
        }
        return mongo.find(new Query(criteria).with(Sort.by("_id")).limit(limit), TenderDocument.class).stream()
                .map(TenderDocument::toTender).toList();
    }

    public long countWithStatus(Set<TenderStatus> statuses) {
        return mongo.count(new Query(Criteria.where("status").in(statuses)), TenderDocument.class);
    }

    /** Tenders with a lot award whose bidders have not all been told yet, at most {@code limit}. */
    public List<Tender> withOutcomesToTell(int limit) {
        return mongo.find(new Query(Criteria.where("outcomePending").is(true)).limit(limit), TenderDocument.class)
                .stream().map(TenderDocument::toTender).toList();
    }

    public long count() {
        return repository.count();
    }

    /** A tender whose latest change has not reached search yet (at its version), and the refusals it met. */
    public record PendingChange(Tender tender, int failures) {
    }

    /** Tenders whose turn to be pushed to search has come, the longest waiting first. */
    public List<PendingChange> pendingSync(int limit) {
        return mongo.find(MongoIndexedCollection.due(clock.instant(), limit), TenderDocument.class).stream()
                .map(document -> new PendingChange(document.toTender(),
                        document.syncFailures() == null ? 0 : document.syncFailures()))
                .toList();
    }


    /** Published tenders whose deadline is at or before {@code now}, at most {@code limit}. */
    public List<Tender> publishedWithDeadlineReached(Instant now, int limit) {
        return mongo.find(new Query(Criteria.where("status").is(TenderStatus.PUBLISHED)
                        .and("terms.deadline").lte(now)).limit(limit), TenderDocument.class)
                .stream().map(TenderDocument::toTender).toList();
    }
}
