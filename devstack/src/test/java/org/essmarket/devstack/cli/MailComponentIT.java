package org.essmarket.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.mail.MailInbox;
import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.process.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The local platform's mail server as ./marketplace up starts it (its own process, from the devstack
 * jar): a message sent through SMTP is read back by what ./marketplace mail prints.
 */
class MailComponentIT {

    @TempDir
    Path home;

    private LocalProcess process;

    @AfterEach
    void stop() {
        if (process != null) {
            LocalProcess.stop(process.pid(), Duration.ofSeconds(20));
        }
    }

    @Test
    void a_message_sent_through_smtp_is_read_back_with_its_recipient_subject_date_and_links() throws Exception {
        MailComponent mail = new MailComponent(Ports.freePort(), Ports.freePort(), DevstackLayout.detect().devstackJar(),
                home.resolve("mail.log"), home);
        process = mail.start(Progress.STDERR);
        HttpProbe.awaitOk(mail.name(), URI.create(mail.readinessProbe()), Duration.ofMinutes(1), process::isAlive, Progress.STDERR);
        assertThat(new MailInbox(mail.inbox()).last(10)).as("a new server's inbox").isEmpty();

        Instant sent = Instant.now().minusSeconds(1);
        send(mail.smtpPort(), "marie.curie@example.org", "Vérification de l'adresse e-mail",
                "Bonjour,\nconfirmez votre adresse : http://127.0.0.1:8180/realms/marketplace/login-actions/action-token?key=abc.def&client_id=web\n",
                "<p>Bonjour, <a href=\"http://127.0.0.1:8180/realms/marketplace/login-actions/action-token?key=abc.def&amp;client_id=web\">confirmez</a></p>");

        List<MailInbox.Mail> mails = new MailInbox(mail.inbox()).last(10);
        assertThat(mails).hasSize(1);
        MailInbox.Mail received = mails.getFirst();
        assertThat(received.to()).containsExactly("marie.curie@example.org");
        assertThat(received.subject()).isEqualTo("Vérification de l'adresse e-mail");
        assertThat(received.date()).isAfterOrEqualTo(sent.truncatedTo(ChronoUnit.SECONDS));
        assertThat(received.links()).containsExactly(
                "http://127.0.0.1:8180/realms/marketplace/login-actions/action-token?key=abc.def&client_id=web");
    }

    /** A message as Keycloak sends one: plain text and HTML alternatives, UTF-8. */
    private static void send(int smtpPort, String to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@essmarket.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        Transport.send(message);
    }
}
