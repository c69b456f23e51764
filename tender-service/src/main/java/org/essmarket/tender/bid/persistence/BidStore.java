package org.essmarket.tender.bid.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Bids in MongoDB. {@link #save} is optimistic (Spring's OptimisticLockingFailureException when the
 * stored version moved on); {@link #insertNew} never overwrites.
 */
@Component
public class BidStore {

    private static final List<BidStatus> ACTIVE = List.of(BidStatus.PENDING, BidStatus.VALID, BidStatus.AWARDED);

    private final MongoTemplate mongo;

    BidStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a new bid; false when a bid with its id exists already (the same submission, retried)
     * or its bidder already has a competing bid on the tender (the unique active-bidder index).
     */
    public boolean insertNew(Bid bid) {
        try {
            mongo.insert(BidDocument.of(bid));
            return true;
        } catch (DuplicateKeyException sameSubmission) {
            return false;
        }
    }

    public Bid save(Bid bid) {
        return mongo.save(BidDocument.of(bid)).toBid();
    }

    public Optional<Bid> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, BidDocument.class)).map(BidDocument::toBid);
    }

    /** Every bid on the tender, oldest first. */
    public List<Bid> onTender(String tenderId) {
        return find(Criteria.where("tenderId").is(tenderId));
    }

    /** The bids still competing on the tender. */
    public List<Bid> activeOnTender(String tenderId) {
        return find(Criteria.where("tenderId").is(tenderId).and("status").in(ACTIVE));
    }

    /** The bids still competing on the tender in which this supplier takes part, alone or in a groupement. */
    public List<Bid> activeInvolving(String tenderId, String supplierId) {
        return find(Criteria.where("tenderId").is(tenderId).and("status").in(ACTIVE).and("tenderers.supplierId")
                .is(supplierId));
    }

    /** The bids on the tender in which any of these suppliers takes part, alone or in a groupement. */
    public List<Bid> involvingAny(String tenderId, Set<String> supplierIds) {
        return find(Criteria.where("tenderId").is(tenderId).and("tenderers.supplierId").in(supplierIds));
    }

    private List<Bid> find(Criteria criteria) {
        return mongo.find(new Query(criteria).with(Sort.by("submittedAt", "_id")), BidDocument.class).stream()
                .map(BidDocument::toBid).toList();
    }
}
