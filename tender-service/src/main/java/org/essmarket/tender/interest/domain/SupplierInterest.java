package org.essmarket.tender.interest.domain;

import java.time.Instant;

/**
 * One supplier user's record on one tender: when it first viewed it and its latest mark (null
 * until it marks one; a new mark replaces the old).
 */
public record SupplierInterest(String tenderId, String userId, Instant viewedAt, InterestMark mark,
        Instant markedAt) {

    /** A user who has neither viewed nor marked the tender. */
    public static SupplierInterest none(String tenderId, String userId) {
        return new SupplierInterest(tenderId, userId, null, null, null);
    }

    public boolean hasViewed() {
        return viewedAt != null;
    }

    boolean is(InterestLevel level) {
        return mark != null && mark.level() == level;
    }
}
