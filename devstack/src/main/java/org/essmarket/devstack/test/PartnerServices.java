package org.essmarket.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * WireMock in place of the services an app calls (supplier-, tender-, search-service), for tests
 * that inject their faults: slow answers, 5xx, connection resets. The app's Feign and Resilience4j
 * timeouts are shortened so a slow partner is cut within the test's patience.
 */
public final class PartnerServices {

    /** Feign's read timeout, shorter than the time limiter's, as in the apps' own configuration. */
    public static final String READ_TIMEOUT_MS = "1000";
    public static final String CALL_TIMEOUT = "1500ms";

    private PartnerServices() {
    }

    /**
     * A started WireMock server on a free port; stop it after the test class. It has answered once
     * already: its first answer (threads, classes, request matching) can take longer than the apps'
     * 1 s read timeout on a busy machine, and would look like a slow partner to the first test.
     */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("WireMock did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** Points the app's {@code essmarket.<service>.url} for each named service at the server. */
    public static void standFor(WireMockServer server, DynamicPropertyRegistry registry, String... services) {
        for (String service : services) {
            registry.add("essmarket." + service + ".url", server::baseUrl);
        }
        registry.add("spring.cloud.openfeign.client.config.default.read-timeout", () -> READ_TIMEOUT_MS);
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> CALL_TIMEOUT);
    }
}
