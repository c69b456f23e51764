package org.essmarket.supplier.invitation.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.essmarket.supplier.invitation.domain.Invitation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Invitations in MongoDB; {@link #save} is optimistic (OptimisticLockingFailureException on a concurrent change). */
@Component
public class InvitationStore {

    private final MongoTemplate mongo;

    InvitationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Invitation save(Invitation invitation) {
        return mongo.save(InvitationDocument.of(invitation)).toInvitation();
    }

    public void delete(String id) {
        mongo.remove(new Query(Criteria.where("_id").is(id)), InvitationDocument.class);
    }

    public Optional<Invitation> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, InvitationDocument.class)).map(InvitationDocument::toInvitation);
    }

    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("tokenHash").is(tokenHash)),
                InvitationDocument.class)).map(InvitationDocument::toInvitation);
    }

    /** How many invitations the member sent since {@code since} (the rate limit counts them). */
    public long countByMemberSince(String memberId, Instant since) {
        return mongo.count(new Query(Criteria.where("invitedBy").is(memberId).and("invitedAt").gte(since)),
                InvitationDocument.class);
    }

    /** The structure's invitations, the latest first. */
    public Page<Invitation> findBySupplier(String supplierId, Pageable page) {
        Query query = new Query(Criteria.where("supplierId").is(supplierId));
        long total = mongo.count(query, InvitationDocument.class);
        List<Invitation> content = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "invitedAt").and(Sort.by("id")))
                .with(page), InvitationDocument.class).stream().map(InvitationDocument::toInvitation).toList();
        return new PageImpl<>(content, page, total);
    }
}
