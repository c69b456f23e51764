package org.essmarket.consortium.consortium.domain;

/**
 * A notification still to hand to search-service (the groupement's outbox). Its id is stable, so a
 * retried delivery never tells anyone twice. {@code kind} is CONSORTIUM_INVITATION or CONSORTIUM_CHANGE.
 */
public record Notice(String id, String recipientUserId, String kind, String title, String link) {

    public static final String INVITATION = "CONSORTIUM_INVITATION";
    public static final String CHANGE = "CONSORTIUM_CHANGE";
}
