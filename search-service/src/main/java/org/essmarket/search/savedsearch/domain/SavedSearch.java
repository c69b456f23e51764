package org.essmarket.search.savedsearch.domain;

import java.time.Instant;

/**
 * A user's saved tender search (DESIGN.md §3 "Alerts"): its owner is told of each newly published
 * tender it finds, in the in-app feed and, when it has an alert email, by email.
 *
 * @param alertEmail where email alerts go (the owner's address when saved); null for in-app only
 */
public record SavedSearch(String id, String ownerUserId, String name, SearchCriteria criteria, String alertEmail,
        Instant createdAt) {

    /** Saved searches a user may keep: each is checked against every published tender. */
    public static final int MAX_PER_USER = 20;

    public boolean alertsByEmail() {
        return alertEmail != null;
    }
}
