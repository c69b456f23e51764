package org.essmarket.search.notification.application;

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
 * SPRING_MAIL_HOST); without one, alerts stay in-app. A failure to send is logged: the in-app
 * notification is the record, email a courtesy.
 */
@Component
public class EmailAlerts {

    private static final Logger log = LoggerFactory.getLogger(EmailAlerts.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final String webOrigin;

    EmailAlerts(ObjectProvider<JavaMailSender> smtp, @Value("${essmarket.mail.from}") String from,
            @Value("${essmarket.mail.web-origin}") String webOrigin) {
        this.smtp = smtp;
        this.from = from;
        this.webOrigin = webOrigin;
    }

    /** @param link the path of what the alert is about, on the marketplace's web address */
    public void send(String to, String subject, String text, String link) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text + "\n\n" + webOrigin + link + "\n");
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("could not email an alert to {}: {}", to, e.getMessage());
        }
    }
}
