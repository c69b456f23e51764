package org.essmarket.devstack.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service under test as a client would: JSON over HTTP with a bearer token, and file uploads. */
public record ApiClient(int port) {

    /** Longest a call may go unanswered: far beyond any answer of a healthy platform. */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(2);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response send(String method, String path, String token, String jsonBody, String ifMatch) {
        return sendWithHeaders(method, path, token, jsonBody, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    /** A request with extra headers, e.g. {@code Idempotency-Key}. */
    public Response sendWithHeaders(String method, String path, String token, String jsonBody,
            Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A multipart/form-data POST of one part named {@code file}, with the type the client claims for it. */
    public Response upload(String path, String token, String fileName, String declaredType, byte[] content) {
        String boundary = "----essmarket-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET whose body is kept as bytes, e.g. a file download. */
    public HttpResponse<byte[]> download(String path, String token) {
        return exchange(request(path, token).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, String token) {
        // A call the platform never answers fails the test naming it, instead of holding the build.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(ANSWER_WITHIN);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Response response(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.body(), response);
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(request.build().method() + " " + request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
