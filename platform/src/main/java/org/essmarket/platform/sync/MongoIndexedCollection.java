package org.essmarket.platform.sync;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An {@link IndexedCollection} kept in a MongoDB collection, with the relay's marks on each owner's
 * document (DESIGN.md §4): {@value #PENDING} (set by every write, in the same single-document
 * update), {@value #DUE_AT} (when the relay may push it: the write's time, later after a refusal),
 * {@value #FAILURES} and, once the relay gave up, {@value #DEAD_LETTER} (the reason; the document
 * is then no longer pending). A write of the whole document sets the first two and drops the
 * others. The service reads its pending documents with {@link #due} and maps them to what search
 * indexes. Marks are set by collection name, not by document class, which would count as a change
 * (@Version + 1), and only if the version is still the one pushed.
 */
public abstract class MongoIndexedCollection implements IndexedCollection {

    public static final String PENDING = "syncPending";
    public static final String DUE_AT = "syncDueAt";
    public static final String FAILURES = "syncFailures";
    public static final String DEAD_LETTER = "syncDeadLetter";

    private final MongoTemplate mongo;
    private final String collection;

    protected MongoIndexedCollection(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Pending documents whose turn has come at {@code now}, the longest waiting first (documents
     * written before due times existed have none and come first).
     */
    public static Query due(Instant now, int limit) {
        return new Query(new Criteria().andOperator(Criteria.where(PENDING).is(true),
                new Criteria().orOperator(Criteria.where(DUE_AT).lte(now), Criteria.where(DUE_AT).is(null))))
                .with(Sort.by(DUE_AT, "_id")).limit(limit);
    }

    @Override
    public void markSynced(String id, long version) {
        mongo.updateFirst(sameVersion(id, version), new Update().set(PENDING, false), collection);
    }

    @Override
    public void markFailed(String id, long version, SyncFailure failure) {
        Update update = new Update().set(FAILURES, failure.failures());
        if (failure.givesUp()) {
            update.set(PENDING, false).set(DEAD_LETTER, failure.reason());
        } else {
            update.set(DUE_AT, failure.retryAt());
        }
        mongo.updateFirst(sameVersion(id, version), update, collection);
    }

    @Override
    public long deadLetters() {
        return mongo.count(new Query(Criteria.where(DEAD_LETTER).exists(true)), collection);
    }

    private static Query sameVersion(String id, long version) {
        return new Query(Criteria.where("_id").is(id).and("version").is(version));
    }
}
