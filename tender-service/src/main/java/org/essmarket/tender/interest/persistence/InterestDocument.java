package org.essmarket.tender.interest.persistence;

import java.time.Instant;
import java.util.Set;

import org.essmarket.tender.interest.domain.DeclineReason;
import org.essmarket.tender.interest.domain.InterestLevel;
import org.essmarket.tender.interest.domain.InterestMark;
import org.essmarket.tender.interest.domain.SupplierInterest;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One supplier user's view and mark on one tender, in the {@code interests} collection. The id is
 * made of the tender and the user, so that parallel writes of one user meet on one document.
 */
@Document("interests")
record InterestDocument(
        @Id String id,
        @Indexed String tenderId,
        String userId,
        Instant viewedAt,
        InterestLevel level,
        DeclineReason reason,
        String note,
        Set<Integer> lots,
        Instant markedAt) {

    static String idOf(String tenderId, String userId) {
        return tenderId + "/" + userId;
    }

    SupplierInterest toSupplierInterest() {
        return new SupplierInterest(tenderId, userId, viewedAt,
                level == null ? null : new InterestMark(level, reason, note, lots), markedAt);
    }
}
