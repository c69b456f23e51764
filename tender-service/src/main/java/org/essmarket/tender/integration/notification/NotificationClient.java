package org.essmarket.tender.integration.notification;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** search-service's in-app notifications, called with tender-service's service token. */
@FeignClient(name = "search-service", url = "${essmarket.search-service.url}")
public interface NotificationClient {

    /** Safe to retry: search-service keeps one notification per id. */
    @PostMapping("/internal/notifications")
    void deliver(@RequestBody List<Notification> notifications);

    /** search-service takes at most this many notifications per call, and titles of at most MAX_TITLE characters. */
    int MAX_BATCH = 500;
    int MAX_TITLE = 300;

    /**
     * Our copy of search-service's notification; {@code kind} is one of its NotificationKind names.
     * A longer title (a long tender title after our prefix) is shortened, never refused.
     */
    record Notification(String id, String recipientUserId, String kind, String title, String link) {

        public Notification {
            if (title != null && title.length() > MAX_TITLE) {
                title = title.substring(0, MAX_TITLE - 1) + "…";
            }
        }
    }
}
