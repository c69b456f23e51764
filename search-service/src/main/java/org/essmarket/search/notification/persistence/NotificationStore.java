package org.essmarket.search.notification.persistence;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes to a notification that touch one field each, so that marking it read and sending its email
 * never write back what the other changed. Emails are taken by one worker at a time: the
 * find-and-modify that finds a due one moves its due time past the claim's end.
 */
@Component
public class NotificationStore {

    private static final String EMAIL_DUE = "email.dueAt";

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Marks it read at {@code at}, unless it was read already. */
    public void markRead(String id, Instant at) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("readAt").is(null)),
                new Update().set("readAt", at), NotificationDocument.class);
    }

    /** @return how many were unread */
    public long markAllRead(String recipientUserId, Instant at) {
        return mongo.updateMulti(new Query(Criteria.where("recipientUserId").is(recipientUserId).and("readAt").is(null)),
                new Update().set("readAt", at), NotificationDocument.class).getModifiedCount();
    }

    /** Takes the email due the longest, if any, until {@code claimedUntil}. */
    public Optional<NotificationDocument> claimDueEmail(Instant now, Instant claimedUntil) {
        Query due = new Query(Criteria.where(EMAIL_DUE).lte(now)).with(Sort.by(EMAIL_DUE, "_id")).limit(1);
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set(EMAIL_DUE, claimedUntil)
                .inc("email.attempts", 1), FindAndModifyOptions.options().returnNew(true), NotificationDocument.class));
    }

    public void emailSent(String id) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().unset("email"),
                NotificationDocument.class);
    }

    public void emailRetryAt(String id, Instant retryAt) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("email").ne(null)),
                new Update().set(EMAIL_DUE, retryAt), NotificationDocument.class);
    }
}
