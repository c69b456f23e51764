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
        Instant readAt) {
}
