package org.essmarket.search.index.persistence;

import java.time.Instant;
import java.util.Optional;

import org.essmarket.search.index.domain.ReindexRun;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The reindexes, shared by every replica (one document per index type), so that each replica
 * knows which index a reindex builds and none starts a second one. Each step is one
 * single-document write (the store has no transactions): a reindex is claimed by a conditional
 * update that only matches when none runs or the running one's lease lapsed, and its owner's
 * later writes only match while it still holds the claim.
 */
@Component
public class ReindexStore {

    private final MongoTemplate mongo;

    ReindexStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ReindexRun> find(String type) {
        return Optional.ofNullable(mongo.findById(type, ReindexDocument.class)).map(ReindexDocument::toRun);
    }

    /**
     * Starts a reindex of the type for {@code owner}, with no index yet, unless one runs whose lease
     * holds at {@code now}.
     *
     * @return false when one runs
     */
    public boolean claim(String type, String owner, Instant now, Instant leaseUntil) {
        try {
            mongo.insert(new ReindexDocument(type, null, ReindexRun.State.RUNNING, owner, leaseUntil, 0, 0, now, null,
                    null));
            return true;
        } catch (DuplicateKeyException notTheFirst) {
            Query idleOrAbandoned = new Query(Criteria.where("_id").is(type).orOperator(
                    Criteria.where("state").ne(ReindexRun.State.RUNNING), Criteria.where("leaseUntil").lt(now)));
            Update fresh = new Update().set("index", null).set("state", ReindexRun.State.RUNNING).set("owner", owner)
                    .set("leaseUntil", leaseUntil).set("indexed", 0).set("total", 0).set("startedAt", now)
                    .set("finishedAt", null).set("failure", null);
            return mongo.updateFirst(idleOrAbandoned, fresh, ReindexDocument.class).getMatchedCount() == 1;
        }
    }

    /** The index the owner's reindex builds now exists: pushes are copied there from now on. */
    public boolean building(String type, String owner, String index) {
        return whileOwned(type, owner, new Update().set("index", index));
    }

    /** How far the owner's reindex got; extends its lease. */
    public boolean progressed(String type, String owner, long indexed, long total, Instant leaseUntil) {
        return whileOwned(type, owner, new Update().set("indexed", indexed).set("total", total)
                .set("leaseUntil", leaseUntil));
    }

    /** The owner's reindex ended (DONE or FAILED): pushes are no longer copied. */
    public boolean finished(String type, String owner, ReindexRun.State state, String failure, Instant at) {
        return whileOwned(type, owner, new Update().set("state", state).set("failure", failure).set("finishedAt", at));
    }

    /** @return false when the owner no longer holds the reindex (its lease lapsed and another took it) */
    private boolean whileOwned(String type, String owner, Update update) {
        Query owned = new Query(Criteria.where("_id").is(type).and("owner").is(owner)
                .and("state").is(ReindexRun.State.RUNNING));
        return mongo.updateFirst(owned, update, ReindexDocument.class).getMatchedCount() == 1;
    }
}
