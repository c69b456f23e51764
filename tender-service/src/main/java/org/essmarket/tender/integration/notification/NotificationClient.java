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

    /** Our copy of search-service's notification; {@code kind} is one of its NotificationKind names. */
    record Notification(String id, String recipientUserId, String kind, String title, String link) {
    }
}
