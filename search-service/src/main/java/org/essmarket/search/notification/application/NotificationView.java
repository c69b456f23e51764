package org.essmarket.search.notification.application;

import java.time.Instant;

import org.essmarket.search.notification.domain.NotificationKind;

/** A notification as its recipient sees it. */
public record NotificationView(String id, NotificationKind kind, String title, String link, Instant createdAt,
        boolean read) {
}
