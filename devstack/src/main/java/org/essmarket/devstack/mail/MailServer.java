package org.essmarket.devstack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server that keeps every message it accepts, whatever the recipient (GreenMail), and
 * an HTTP inbox to read them back ({@link MailInbox}). Embedded in the devstack jar rather than
 * GreenMail's standalone jar started beside it: one artifact fewer to fetch and unpack, the same
 * way the MongoDB stand-in runs, and the inbox's two read-only calls are ours:
 * <ul>
 * <li>{@code GET /messages/count}: how many messages were received (one per recipient);</li>
 * <li>{@code GET /messages/{i}}: the i-th one (from 0, oldest first) as sent, {@code message/rfc822}.</li>
 * </ul>
 * Both listen on 127.0.0.1 only; messages live in memory until the server stops.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer http;

    private MailServer(GreenMail smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    public static MailServer start(int smtpPort, int httpPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
            MailServer server = new MailServer(smtp, http);
            http.createContext("/messages", server::serve);
            http.start();
            return server;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Cannot serve the mail inbox on port " + httpPort, e);
        }
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** Where {@link MailInbox} reads the messages. */
    public URI inboxUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rest = exchange.getRequestURI().getPath().substring("/messages".length());
            MimeMessage[] messages = smtp.getReceivedMessages();
            if (!"GET".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
            } else if (rest.equals("/count")) {
                answer(exchange, 200, "text/plain", Integer.toString(messages.length).getBytes(StandardCharsets.UTF_8));
            } else if (rest.matches("/\\d{1,9}") && Integer.parseInt(rest.substring(1)) < messages.length) {
                exchange.getResponseHeaders().set("Content-Type", "message/rfc822");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    messages[Integer.parseInt(rest.substring(1))].writeTo(body);
                }
            } else {
                answer(exchange, 404, "text/plain", "No such message".getBytes(StandardCharsets.UTF_8));
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        http.stop(0);
        smtp.stop();
    }
}
