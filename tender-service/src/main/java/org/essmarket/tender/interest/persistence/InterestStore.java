package org.essmarket.tender.interest.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.essmarket.tender.interest.domain.InterestMark;
import org.essmarket.tender.interest.domain.SupplierInterest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Supplier interest in MongoDB: one document per (tender, user), written by single-document upserts
 * on its deterministic id, so a user's parallel requests never make two.
 */
@Component
public class InterestStore {

    private final MongoTemplate mongo;

    InterestStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the user's first view; later views change nothing. */
    public void recordView(String tenderId, String userId, Instant now) {
        upsert(tenderId, userId, viewedOnce(now));
    }

    /** Replaces the user's mark (a mark implies the user has viewed the tender). */
    public void mark(String tenderId, String userId, InterestMark mark, Instant now) {
        upsert(tenderId, userId, viewedOnce(now)
                .set("level", mark.level())
                .set("reason", mark.reason())
                .set("note", mark.note())
                .set("lots", mark.lots())
                .set("markedAt", now));
    }

    public Optional<SupplierInterest> find(String tenderId, String userId) {
        return Optional.ofNullable(mongo.findById(InterestDocument.idOf(tenderId, userId), InterestDocument.class))
                .map(InterestDocument::toSupplierInterest);
    }

    public List<SupplierInterest> findAll(String tenderId) {
        return mongo.find(new Query(Criteria.where("tenderId").is(tenderId)), InterestDocument.class).stream()
                .map(InterestDocument::toSupplierInterest).toList();
    }

    /** $min keeps the first view's time, and sets it on a record made by a mark alone. */
    private static Update viewedOnce(Instant now) {
        return new Update().min("viewedAt", now);
    }

    private void upsert(String tenderId, String userId, Update update) {
        Query query = new Query(Criteria.where("_id").is(InterestDocument.idOf(tenderId, userId)));
        update.setOnInsert("tenderId", tenderId).setOnInsert("userId", userId);
        try {
            mongo.upsert(query, update, InterestDocument.class);
        } catch (DuplicateKeyException insertedMeanwhile) {
            // Two first writes raced to insert; the document exists now, so this one updates it.
            mongo.upsert(query, update, InterestDocument.class);
        }
    }
}
