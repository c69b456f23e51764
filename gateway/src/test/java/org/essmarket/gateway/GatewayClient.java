package org.essmarket.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** Calls the gateway under test as a client would, with or without a bearer token. */
final class GatewayClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    GatewayClient(int port) {
        this.port = port;
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> get(String path, String token) {
        return send(to(path), token);
    }

    /**
     * Sends the request; a {@code patience} makes the call fail (HttpTimeoutException) if no
     * answer comes by then.
     */
    HttpResponse<String> send(HttpRequest.Builder request, String token, Duration patience) {
        return send(request.timeout(patience), token);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON document of exactly {@code size} bytes. */
    static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    /** A multipart/form-data body with one {@code file} part of {@code fileSize} bytes. */
    static byte[] multipart(String boundary, int fileSize) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dce.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + fileSize + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + fileSize, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + fileSize, tail.length);
        return body;
    }

    /** The body with its length announced (Content-Length). */
    static HttpRequest.BodyPublisher sized(byte[] body) {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /** The body without a length: sent chunked, so only counting it while it streams can stop it. */
    static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }
}
