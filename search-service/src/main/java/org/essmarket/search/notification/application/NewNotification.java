package org.essmarket.search.notification.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essmarket.search.notification.domain.NotificationKind;

/**
 * A notification another service asks to deliver. Its {@code id} is chosen by the sender and
 * stable for one fact told to one user, so a retried delivery never shows twice.
 */
public record NewNotification(
        @NotBlank @Size(max = 200) String id,
        @NotBlank @Size(max = 100) String recipientUserId,
        @NotNull NotificationKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 500) String link) {
}
