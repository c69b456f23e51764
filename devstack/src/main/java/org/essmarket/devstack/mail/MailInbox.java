package org.essmarket.devstack.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reads the messages a {@link MailServer} received, through its HTTP inbox: what ./marketplace mail prints. */
public final class MailInbox {

    /** One received message: its recipients, subject, date, text and the links in it, in order. */
    public record Mail(List<String> to, String subject, Instant date, String text, List<String> links) {
    }

    /** Thrown when the inbox does not answer (the mail server is not running). */
    public static final class UnreachableException extends RuntimeException {
        UnreachableException(URI inbox, Exception cause) {
            super("The mail inbox at " + inbox + " does not answer (" + cause + ")", cause);
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Session PARSER = Session.getInstance(new Properties());

    private final URI inbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public MailInbox(URI inbox) {
        this.inbox = inbox;
    }

    /** The last {@code limit} messages received, the newest first. */
    public List<Mail> last(int limit) {
        int count = Integer.parseInt(get("/messages/count", HttpResponse.BodyHandlers.ofString()).trim());
        List<Mail> mails = new ArrayList<>();
        for (int i = Math.max(0, count - limit); i < count; i++) {
            try (InputStream raw = get("/messages/" + i, HttpResponse.BodyHandlers.ofInputStream())) {
                mails.add(read(new MimeMessage(PARSER, raw)));
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Cannot read message " + i + " of " + inbox, e);
            }
        }
        // The server keeps one mailbox per recipient, each oldest first: order by date across them, the
        // later received first among those of the same second.
        Collections.reverse(mails);
        mails.sort(Comparator.comparing(Mail::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return mails;
    }

    /** The newest message sent to this address, if any among the last {@code limit}. */
    public Optional<Mail> lastTo(String address, int limit) {
        return last(limit).stream().filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase)).findFirst();
    }

    private static Mail read(MimeMessage message) throws MessagingException, IOException {
        Address[] recipients = message.getAllRecipients();
        List<String> to = recipients == null ? List.of()
                : Arrays.stream(recipients).map(address -> address instanceof InternetAddress internet
                        ? internet.getAddress() : address.toString()).toList();
        String text = text(message);
        LinkedHashSet<String> links = new LinkedHashSet<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            links.add(link.group().replace("&amp;", "&"));
        }
        return new Mail(to, message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                text, List.copyOf(links));
    }

    /** The plain text of a message, or its HTML when it has no plain text part. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String html = "";
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart body = parts.getBodyPart(i);
                String text = text(body);
                if (body.isMimeType("text/html")) {
                    html = text;
                } else if (!text.isEmpty()) {
                    return text;
                }
            }
            return html;
        }
        return part.isMimeType("text/*") ? (String) part.getContent() : "";
    }

    private <T> T get(String path, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = http.send(HttpRequest.newBuilder(inbox.resolve(path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), body);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " of the mail inbox answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UnreachableException(inbox, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
