package org.essmarket.search.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.platform.web.UseCaseRefusal;
import org.essmarket.search.notification.persistence.NotificationDocument;
import org.essmarket.search.notification.persistence.NotificationDocument.PendingEmail;
import org.essmarket.search.notification.persistence.NotificationRepository;
import org.essmarket.search.notification.persistence.NotificationStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Use cases of the in-app notification feed. */
@Service
public class NotificationFeed {

    /** Unread first (a missing readAt sorts before any date), then newest first. */
    private static final Sort UNREAD_THEN_NEWEST = Sort.by(Sort.Order.asc("readAt"), Sort.Order.desc("createdAt"));

    private final NotificationRepository notifications;
    private final NotificationStore store;

    public NotificationFeed(NotificationRepository notifications, NotificationStore store) {
        this.notifications = notifications;
        this.store = store;
    }

    /**
     * Delivers notifications; one already delivered (same id) is left as it is.
     *
     * @return the ids of those that were new
     */
    public List<String> deliver(List<NewNotification> batch) {
        return deliver(batch, Map.of());
    }

    /**
     * Delivers notifications, those named in {@code emails} with their email, which is sent later
     * ({@link EmailAlerts#sendDue}) and only with a notification that is new.
     *
     * @return the ids of those that were new
     */
    public List<String> deliver(List<NewNotification> batch, Map<String, EmailAlerts.AlertEmail> emails) {
        Instant now = Instant.now();
        List<String> delivered = new ArrayList<>();
        for (NewNotification notification : batch) {
            EmailAlerts.AlertEmail email = emails.get(notification.id());
            try {
                notifications.insert(new NotificationDocument(notification.id(), notification.recipientUserId(),
                        notification.kind(), notification.title(), notification.link(), now, null,
                        email == null ? null : new PendingEmail(email.to(), email.subject(), email.text(), now, 0)));
                delivered.add(notification.id());
            } catch (DuplicateKeyException alreadyDelivered) {
                // a retry of a delivery that went through: the user keeps the one (and its read state) it has
            }
        }
        return delivered;
    }

    /** Marks the user's notification read (once: a second call keeps the first time). */
    public NotificationView markRead(String userId, String id) {
        notifications.findById(id).filter(found -> found.recipientUserId().equals(userId))
                .orElseThrow(() -> new NotificationNotFound(id));
        store.markRead(id, Instant.now());
        return notifications.findById(id).map(NotificationFeed::view).orElseThrow(() -> new NotificationNotFound(id));
    }

    public long countUnread(String userId) {
        return notifications.countByRecipientUserIdAndReadAtIsNull(userId);
    }

    /** Marks every unread notification of the user read, at one time; returns how many. */
    public long markAllRead(String userId) {
        return store.markAllRead(userId, Instant.now());
    }

    /** Not one of the caller's notifications (404 either way). */
    public static class NotificationNotFound extends UseCaseRefusal.NotFound {
        NotificationNotFound(String id) {
            super("No notification " + id);
        }
    }

    public Page<NotificationView> listMyNotifications(String userId, int page, int size) {
        return notifications.findByRecipientUserId(userId, PageRequest.of(page, size, UNREAD_THEN_NEWEST))
                .map(NotificationFeed::view);
    }

    private static NotificationView view(NotificationDocument notification) {
        return new NotificationView(notification.id(), notification.kind(), notification.title(),
                notification.link(), notification.createdAt(), notification.readAt() != null);
    }
}
