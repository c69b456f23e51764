package org.essmarket.devstack.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls an HTTP endpoint until it answers 200, reporting how long it has been waiting and for what. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private HttpProbe() {
    }

    public static boolean answers200(URI uri) {
        try {
            HttpResponse<Void> response = CLIENT.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until {@code uri} answers 200. Gives up early when {@code stillRunning} turns false
     * (the process died) or after {@code timeout}.
     *
     * @throws NotReadyException naming what it waited for
     */
    public static void awaitOk(String component, URI uri, Duration timeout, BooleanSupplier stillRunning,
            Progress progress) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        long lastReport = 0;
        while (Instant.now().isBefore(deadline)) {
            if (answers200(uri)) {
                return;
            }
            if (!stillRunning.getAsBoolean()) {
                throw new NotReadyException(component, "its process exited while we waited for " + uri);
            }
            long waited = Duration.between(start, Instant.now()).toSeconds();
            if (waited - lastReport >= 5) {
                progress.report("waiting for " + component + " (" + waited + "s): " + uri);
                lastReport = waited;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new NotReadyException(component, uri + " did not answer 200 within " + timeout.toSeconds() + "s");
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A component did not become ready; the message names it and why. */
    public static final class NotReadyException extends RuntimeException {
        private final String component;

        public NotReadyException(String component, String reason) {
            super(component + " is not ready: " + reason);
            this.component = component;
        }

        public String component() {
            return component;
        }
    }
}
