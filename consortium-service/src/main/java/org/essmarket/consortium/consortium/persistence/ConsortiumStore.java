package org.essmarket.consortium.consortium.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumStatus;
import org.essmarket.consortium.consortium.domain.InviteStatus;
import org.essmarket.consortium.consortium.domain.Notice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Groupements in MongoDB. {@link #save} is optimistic (Spring's OptimisticLockingFailureException
 * when the stored version moved on); {@link #insertNew} refuses a second mandate of the same supplier
 * on the same tender.
 */
@Component
public class ConsortiumStore {

    /** How Spring Data stores a nested record's {@code id}. */
    private static final String NOTICE_ID = "_id";

    private final MongoTemplate mongo;

    ConsortiumStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new groupement; false when its lead already leads one on the tender (R2142-23). */
    public boolean insertNew(Consortium consortium) {
        try {
            mongo.insert(ConsortiumDocument.of(consortium));
            return true;
        } catch (DuplicateKeyException secondMandate) {
            return false;
        }
    }

    /** Saves a change; false when the lead it names already leads another groupement on the tender (R2142-23). */
    public Optional<Consortium> save(Consortium consortium) {
        try {
            return Optional.of(mongo.save(ConsortiumDocument.of(consortium)).toConsortium());
        } catch (DuplicateKeyException secondMandate) {
            return Optional.empty();
        }
    }

    public Optional<Consortium> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ConsortiumDocument.class)).map(ConsortiumDocument::toConsortium);
    }

    /** The groupements in which one of these suppliers is a member or invited, newest first. */
    public Page<Consortium> concerning(Set<String> supplierIds, Pageable page) {
        if (supplierIds.isEmpty()) {
            return Page.empty(page);
        }
        Query query = new Query(Criteria.where("members").elemMatch(Criteria.where("supplierId").in(supplierIds)
                .and("status").in(InviteStatus.INVITED, InviteStatus.ACCEPTED)));
        long total = mongo.count(query, ConsortiumDocument.class);
        List<Consortium> content = mongo.find(query.with(page).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")),
                ConsortiumDocument.class).stream().map(ConsortiumDocument::toConsortium).toList();
        return new PageImpl<>(content, page, total);
    }

    /** The ids of the other groupements a supplier leads on the tender (R2142-23). */
    public List<String> ledBy(String tenderId, String supplierId, String except) {
        return mongo.find(new Query(Criteria.where("tenderId").is(tenderId).and("leadSupplierId").is(supplierId)
                .and("_id").ne(except)), ConsortiumDocument.class).stream().map(ConsortiumDocument::id).toList();
    }

    /** The other live groupements on the tender that the supplier has joined (R2142-21). */
    public List<Consortium> joinedBy(String tenderId, String supplierId, String except) {
        return mongo.find(new Query(Criteria.where("tenderId").is(tenderId).and("_id").ne(except)
                .and("status").ne(ConsortiumStatus.EXPIRED)
                .and("members").elemMatch(Criteria.where("supplierId").is(supplierId).and("status").is(InviteStatus.ACCEPTED))),
                ConsortiumDocument.class).stream().map(ConsortiumDocument::toConsortium).toList();
    }

    /** Joint bids still to confirm, longest waiting first: newer submissions cannot keep older ones out of a page. */
    public List<Consortium> submittingOldestFirst(int limit) {
        return mongo.find(new Query(Criteria.where("status").is(ConsortiumStatus.SUBMITTING))
                        .with(Sort.by("submission.submittedAt", "_id")).limit(limit), ConsortiumDocument.class).stream()
                .map(ConsortiumDocument::toConsortium).toList();
    }

    /** Groupements with notifications still to hand to search-service. */
    public List<Consortium> withNoticesToSend(int limit) {
        return mongo.find(new Query(Criteria.where("notices.0").exists(true)).limit(limit), ConsortiumDocument.class)
                .stream().map(ConsortiumDocument::toConsortium).toList();
    }

    /** Groupements with members that left their bid (R2142-26) still to tell tender-service. */
    public List<Consortium> withLeaversToTell(int limit) {
        return mongo.find(new Query(Criteria.where("leaversToTell.0").exists(true)).limit(limit), ConsortiumDocument.class)
                .stream().map(ConsortiumDocument::toConsortium).toList();
    }

    /** Takes a leaver tender-service was told of out of the outbox, without touching the version (as notices). */
    public void removeLeaverToTell(String consortiumId, String supplierId) {
        mongo.getCollection(mongo.getCollectionName(ConsortiumDocument.class)).updateOne(Filters.eq("_id", consortiumId),
                Updates.pull("leaversToTell", supplierId));
    }

    /**
     * Takes delivered notifications out of the outbox without touching the version: delivery must not
     * make the members' next If-Match stale. A concurrent save may put them back; they are then sent
     * again under the same ids, which search-service ignores.
     */
    public void removeNotices(String consortiumId, List<Notice> delivered) {
        List<String> ids = delivered.stream().map(Notice::id).toList();
        mongo.getCollection(mongo.getCollectionName(ConsortiumDocument.class)).updateOne(Filters.eq("_id", consortiumId),
                Updates.pull("notices", new Document(NOTICE_ID, new Document("$in", ids))));
    }
}
