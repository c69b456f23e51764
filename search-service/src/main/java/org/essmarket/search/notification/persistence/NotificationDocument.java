package org.essmarket.search.notification.persistence;

import java.time.Instant;

import org.essmarket.search.notification.domain.NotificationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of a user's in-app feed, in the {@code notifications} collection. */
@Document("notifications")
public record NotificationDocument(
        @Id String id,
        /** Keycloak subject of the user this is for. */
        @Indexed String recipientUserId,
        NotificationKind kind,
        String title,
        String link,
        Instant createdAt,
        /** Null while unread. */
        Instant readAt,
        /**
         * The email that goes with it, until sent; null when none does. Written with the
         * notification itself, so an alert is never created without its email nor emailed twice.
         */
        PendingEmail email) {

    /** An email waiting to be sent, at {@code dueAt} (later while a worker holds it or after a failure). */
    public record PendingEmail(String to, String subject, String text, @Indexed Instant dueAt, int attempts) {
    }
}
