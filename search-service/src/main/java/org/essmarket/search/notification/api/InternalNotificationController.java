package org.essmarket.search.notification.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.essmarket.search.notification.application.NewNotification;
import org.essmarket.search.notification.application.NotificationFeed;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/notifications} (service accounts): other services tell users things (bid
 * outcomes, groupement invitations). Safe to retry: each notification's id is the sender's.
 */
@RestController
@Validated
class InternalNotificationController {

    private final NotificationFeed feed;

    InternalNotificationController(NotificationFeed feed) {
        this.feed = feed;
    }

    @PostMapping("/internal/notifications")
    Delivery deliver(@RequestBody @Size(max = 500) List<@Valid NewNotification> notifications) {
        return new Delivery(feed.deliver(notifications).size());
    }

    /** How many were new (the others had been delivered already). */
    record Delivery(int delivered) {
    }
}
