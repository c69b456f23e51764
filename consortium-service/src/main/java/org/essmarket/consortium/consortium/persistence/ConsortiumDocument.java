package org.essmarket.consortium.consortium.persistence;

import java.time.Instant;
import java.util.List;

import org.essmarket.consortium.consortium.domain.ChangeRequest;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumForm;
import org.essmarket.consortium.consortium.domain.ConsortiumStatus;
import org.essmarket.consortium.consortium.domain.Member;
import org.essmarket.consortium.consortium.domain.Notice;
import org.essmarket.consortium.consortium.domain.Submission;
import org.essmarket.consortium.consortium.domain.TargetLot;
import org.essmarket.consortium.consortium.domain.TargetedTender;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A groupement as stored in the {@code consortia} collection, in one document so that every change
 * (with its notifications to send) is one atomic, versioned write. The unique index on tender and
 * lead makes R2142-23 hold even for two creations racing each other.
 */
@Document("consortia")
@CompoundIndexes({
        @CompoundIndex(name = "one_mandate_per_tender", def = "{'tenderId': 1, 'leadSupplierId': 1}", unique = true),
        // The user's groupements are found by the suppliers it acts for (ConsortiumStore#concerning).
        @CompoundIndex(name = "member_suppliers", def = "{'members.supplierId': 1}")})
record ConsortiumDocument(
        @Id String id,
        @Indexed String tenderId,
        TargetedTender tender,
        List<TargetLot> lots,
        ConsortiumForm form,
        String leadSupplierId,
        List<Member> members,
        @Indexed ConsortiumStatus status,
        Submission submission,
        List<ChangeRequest> changeRequests,
        List<Notice> notices,
        long noticeSequence,
        List<String> leaversToTell,
        String createdBy,
        Instant createdAt,
        @Version Long version) {

    static ConsortiumDocument of(Consortium c) {
        return new ConsortiumDocument(c.id(), c.tender().id(), c.tender(), c.lots(), c.form(), c.lead().supplierId(),
                c.members(), c.status(), c.submission(), c.changeRequests(), c.notices(),
                c.noticeSequence(), c.leaversToTell(), c.createdBy(), c.createdAt(), c.version());
    }

    Consortium toConsortium() {
        return Consortium.restore(id, tender, lots, form, createdBy, createdAt, version, members, changeRequests, notices,
                status, submission, noticeSequence, leaversToTell);
    }
}
