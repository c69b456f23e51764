package org.essmarket.supplier.claim.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.essmarket.supplier.claim.domain.Claim;
import org.essmarket.supplier.claim.domain.ClaimStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Claims in MongoDB. {@link #save} is optimistic: OptimisticLockingFailureException when the claim changed meanwhile. */
@Component
public class ClaimStore {

    private final MongoTemplate mongo;

    ClaimStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Claim save(Claim claim) {
        return mongo.save(ClaimDocument.of(claim)).toClaim();
    }

    public Optional<Claim> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ClaimDocument.class)).map(ClaimDocument::toClaim);
    }

    /** The user's latest claim of the structure, if any. */
    public Optional<Claim> latestOf(String userId, String supplierId) {
        Query query = new Query(Criteria.where("userId").is(userId).and("supplierId").is(supplierId))
                .with(Sort.by(Sort.Direction.DESC, "requestedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ClaimDocument.class)).map(ClaimDocument::toClaim);
    }

    /** How many claims the user made since {@code since} (the rate limit counts them). */
    public long countByUserSince(String userId, Instant since) {
        return mongo.count(new Query(Criteria.where("userId").is(userId).and("requestedAt").gte(since)),
                ClaimDocument.class);
    }

    /** Claims in a status, the oldest first (the facilitators' queue). */
    public Page<Claim> findByStatus(ClaimStatus status, Pageable page) {
        return page(new Query(Criteria.where("status").is(status)), Sort.by("requestedAt", "id"), page);
    }

    /** The user's claims, the latest first. */
    public Page<Claim> findByUser(String userId, Pageable page) {
        return page(new Query(Criteria.where("userId").is(userId)),
                Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by("id")), page);
    }

    private Page<Claim> page(Query query, Sort sort, Pageable page) {
        long total = mongo.count(query, ClaimDocument.class);
        List<Claim> content = mongo.find(query.with(sort).with(page), ClaimDocument.class).stream()
                .map(ClaimDocument::toClaim).toList();
        return new PageImpl<>(content, page, total);
    }
}
