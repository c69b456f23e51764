package org.essmarket.search.matching.persistence;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The alert work outbox. Each step is one single-document write (the store has no transactions):
 * a piece of work is recorded once per version (its id is unique), and taken by one worker at a
 * time by moving its due time past the claim's end in the same find-and-modify that finds it, so
 * two replicas, or two runs, never take the same piece at once.
 */
@Component
public class AlertWorkStore {

    private final MongoTemplate mongo;

    AlertWorkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records the work of a version, claimed by the caller until {@code claimedUntil}.
     *
     * @return false when that version's work was already recorded (a push delivered again): its
     *         claim, if any, is someone else's
     */
    public boolean recordClaimed(String type, String documentId, long version, Instant now, Instant claimedUntil) {
        try {
            mongo.insert(new AlertWorkDocument(AlertWorkDocument.idOf(type, documentId, version), type, documentId,
                    version, claimedUntil, 1, null, now));
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    /** Takes the piece of work due the longest, if any, until {@code claimedUntil}. */
    public Optional<AlertWorkDocument> claimDue(Instant now, Instant claimedUntil) {
        return claim(new Query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt", "_id")), claimedUntil);
    }

    /** Takes the work of that version until {@code claimedUntil}, if it is waiting and due. */
    public Optional<AlertWorkDocument> claimIfDue(String type, String documentId, long version, Instant now,
            Instant claimedUntil) {
        return claim(new Query(Criteria.where("_id").is(AlertWorkDocument.idOf(type, documentId, version))
                .and("dueAt").lte(now)), claimedUntil);
    }

    private Optional<AlertWorkDocument> claim(Query due, Instant claimedUntil) {
        return Optional.ofNullable(mongo.findAndModify(due.limit(1),
                new Update().set("dueAt", claimedUntil).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), AlertWorkDocument.class));
    }

    /** The work is done: its alerts are delivered. */
    public void done(String id) {
        mongo.remove(new Query(Criteria.where("_id").is(id)), AlertWorkDocument.class);
    }

    /** The attempt failed: the work waits until {@code retryAt}. */
    public void retryAt(String id, Instant retryAt, String error) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                new Update().set("dueAt", retryAt).set("lastError", error), AlertWorkDocument.class);
    }
}
