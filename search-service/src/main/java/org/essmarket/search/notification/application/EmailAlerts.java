package org.essmarket.search.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntFunction;

import org.essmarket.search.notification.persistence.NotificationDocument;
import org.essmarket.search.notification.persistence.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends alerts by email through SMTP when one is configured ({@code spring.mail.host}, e.g.
 * SPRING_MAIL_HOST); without one, alerts stay in-app. An email waits on its notification
 * ({@link NotificationFeed#deliver(java.util.List, java.util.Map)}) until SMTP took it: one SMTP
 * refuses, or that a worker dying left unsent, is sent again later.
 */
@Component
public class EmailAlerts {

    private static final Logger log = LoggerFactory.getLogger(EmailAlerts.class);

    /** An email to send with a notification; the notification's link ends it. */
    public record AlertEmail(String to, String subject, String text) {
    }

    private final ObjectProvider<JavaMailSender> smtp;
    private final NotificationStore store;
    private final String from;
    private final String webOrigin;

    EmailAlerts(ObjectProvider<JavaMailSender> smtp, NotificationStore store, @Value("${essmarket.mail.from}") String from,
            @Value("${essmarket.mail.web-origin}") String webOrigin) {
        this.smtp = smtp;
        this.store = store;
        this.from = from;
        this.webOrigin = webOrigin;
    }

    /** Whether alerts go out by email at all (an SMTP server is configured). */
    public boolean sends() {
        return smtp.getIfAvailable() != null;
    }

    /**
     * Sends the emails due, each taken by one worker at a time for {@code claim}; one SMTP does not
     * take waits {@code pauseAfter} its failures. Stops at SMTP's first failure: the others wait
     * for the next run rather than each meeting the same fault.
     */
    public void sendDue(Duration claim, IntFunction<Duration> pauseAfter) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return;
        }
        Optional<NotificationDocument> due;
        while ((due = store.claimDueEmail(Instant.now(), Instant.now().plus(claim))).isPresent()) {
            NotificationDocument notification = due.get();
            NotificationDocument.PendingEmail email = notification.email();
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email.to());
            message.setSubject(email.subject());
            message.setText(email.text() + "\n\n" + webOrigin + notification.link() + "\n");
            try {
                sender.send(message);
            } catch (MailException e) {
                Duration pause = pauseAfter.apply(email.attempts());
                log.warn("could not email alert {} to {} (attempt {}): {}; next attempt in {}", notification.id(),
                        email.to(), email.attempts(), e.getMessage(), pause);
                store.emailRetryAt(notification.id(), Instant.now().plus(pause));
                return;
            }
            store.emailSent(notification.id());
        }
    }
}
