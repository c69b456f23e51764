package org.essmarket.search.notification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.notification.application.NotificationFeed;
import org.essmarket.search.notification.application.NotificationView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationController {

    private final NotificationFeed feed;

    public NotificationController(NotificationFeed feed) {
        this.feed = feed;
    }

    /** The caller marks one of its notifications read; 404 for anyone else's. */
    @PostMapping("/{id}/read")
    @Tag(name = "Notifications")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read "
            + "(signed-in users)")
    public NotificationView markRead(@AuthenticationPrincipal Jwt user, @PathVariable String id) {
        return feed.markRead(user.getSubject(), id);
    }

    /** How many of the caller's notifications are unread: what the web client's badge polls. */
    public record UnreadCount(long unread) {
    }

    @GetMapping("/unread-count")
    @Tag(name = "Notifications")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of the caller's notifications are "
            + "unread: the badge (signed-in users)")
    public UnreadCount countMyUnreadNotifications(@AuthenticationPrincipal Jwt user) {
        return new UnreadCount(feed.countUnread(user.getSubject()));
    }

    /** The caller marks all its notifications read; answers how many were unread. */
    public record MarkedRead(long marked) {
    }

    @PostMapping("/read-all")
    @Tag(name = "Notifications")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all the caller's notifications read "
            + "(signed-in users)")
    public MarkedRead markAllRead(@AuthenticationPrincipal Jwt user) {
        return new MarkedRead(feed.markAllRead(user.getSubject()));
    }

    /** The caller's own feed, unread first; pages of at most 100 (a larger size is a 400 naming {@code size}). */
    @GetMapping
    @Tag(name = "Notifications")
    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications, newest first (signed-in "
            + "users)")
    public PageResponse<NotificationView> listMyNotifications(@AuthenticationPrincipal Jwt user,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(feed.listMyNotifications(user.getSubject(), page, size));
    }
}
