package org.essmarket.search.notification.domain;

/** Why a user is told something. */
public enum NotificationKind {
    /** A newly published tender matches the user's supplier or saved search. */
    TENDER_ALERT,
    CONSORTIUM_INVITATION,
    CONSORTIUM_CHANGE,
    BID_OUTCOME
}
