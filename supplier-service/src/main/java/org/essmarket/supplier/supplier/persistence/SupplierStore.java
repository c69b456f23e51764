package org.essmarket.supplier.supplier.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.essmarket.platform.sync.MongoIndexedCollection;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Suppliers in MongoDB. {@link #save} is optimistic: it fails with Spring's
 * OptimisticLockingFailureException when the stored version moved on, and with
 * DuplicateKeyException for a SIRET already registered.
 */
@Component
public class SupplierStore {

    private final SupplierRepository repository;
    private final MongoTemplate mongo;
    private final Clock clock;

    SupplierStore(SupplierRepository repository, MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Supplier> findById(String id) {
        return repository.findById(id).map(SupplierDocument::toSupplier);
    }

    public Optional<Supplier> findBySiret(String siret) {
        return repository.findBySiret(siret).map(SupplierDocument::toSupplier);
    }

    public Supplier save(Supplier supplier) {
        return repository.save(SupplierDocument.of(supplier, clock.instant())).toSupplier();
    }

    public Page<Supplier> search(SupplierFilter filter, Pageable page) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            criteria.add(Criteria.where("status").in(filter.statuses()));
        }
        if (filter.kind() != null) {
            criteria.add(Criteria.where("profile.kinds").is(filter.kind()));
        }
        if (filter.departmentCode() != null) {
            criteria.add(Criteria.where("profile.location.departmentCode").is(filter.departmentCode()));
        }
        if (filter.regionCode() != null) {
            criteria.add(Criteria.where("profile.location.regionCode").is(filter.regionCode()));
        }
        if (filter.siret() != null) {
            criteria.add(Criteria.where("siret").is(filter.siret()));
        }
        if (filter.cpvPrefix() != null) {
            criteria.add(Criteria.where("profile.activities.cpvCodes")
                    .regex("^" + filter.cpvPrefix()));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, SupplierDocument.class);
        List<Supplier> content = mongo.find(query.with(page), SupplierDocument.class).stream()
                .map(SupplierDocument::toSupplier).toList();
        return new PageImpl<>(content, page, total);
    }

    public Page<Supplier> findByMember(String userId, Pageable page) {
        return repository.findByMemberIds(userId, page).map(SupplierDocument::toSupplier);
    }

    /** The ids of the suppliers the user is a member of, whatever their status. */
    public List<String> idsByMember(String userId) {
        return mongo.getCollection(mongo.getCollectionName(SupplierDocument.class))
                .find(Filters.eq("memberIds", userId)).projection(Projections.include("_id"))
                .map(document -> document.get("_id").toString()).into(new ArrayList<>());
    }

    public long count() {
        return repository.count();
    }

    /**
     * A supplier whose latest change has not reached search yet, with the version to push and the
     * refusals search answered it so far.
     */
    public record PendingChange(Supplier supplier, Long version, int failures) {
    }

    /** Suppliers whose turn to be pushed has come, the longest waiting first. */
    public List<PendingChange> pendingSync(int limit) {
        return mongo.find(MongoIndexedCollection.due(clock.instant(), limit), SupplierDocument.class).stream()
                .map(document -> new PendingChange(document.toSupplier(), document.version(),
                        document.syncFailures() == null ? 0 : document.syncFailures()))
                .toList();
    }

    /**
     * Suppliers whose ids come after {@code after} (from the first when null), in id order, at most
     * {@code limit}: a page of the feed search-service rebuilds its index from, read by key.
     */
    public List<Supplier> allAfter(String after, int limit) {
        Query query = after == null ? new Query() : new Query(Criteria.where("_id").gt(after));
        return mongo.find(query.with(Sort.by("_id")).limit(limit), SupplierDocument.class).stream()
                .map(SupplierDocument::toSupplier).toList();
    }

}
