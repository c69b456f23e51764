package org.essmarket.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.ResourceAccessException;

import com.sun.net.httpserver.HttpServer;

/**
 * The service-account token and index-sync calls give up after their timeouts: a Keycloak or a
 * search-service that accepts the connection and never answers must not hold the relay (or every
 * caller waiting for a token) for good.
 */
class IndexSyncAutoConfigurationTest {

    /** Far above the 300 ms timeouts below: only reached when a call hangs. */
    private static final Duration HANGS = Duration.ofSeconds(30);

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpServer silent = silentServer();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IndexSyncAutoConfiguration.class))
            .withPropertyValues(
                    "essmarket.service-account.client-id=tender-service",
                    "essmarket.service-account.client-secret=secret",
                    "essmarket.service-account.token-uri=" + url() + "/token",
                    "essmarket.service-account.connect-timeout=1s",
                    "essmarket.service-account.read-timeout=300ms",
                    "essmarket.search-service.url=" + url(),
                    "essmarket.search-sync.connect-timeout=1s",
                    "essmarket.search-sync.read-timeout=300ms",
                    "essmarket.search-sync.max-attempts=10",
                    "essmarket.search-sync.first-retry=2s",
                    "essmarket.search-sync.longest-retry=15m");

    @AfterEach
    void stop() {
        release.countDown();
        silent.stop(0);
    }

    @Test
    void asking_a_keycloak_that_never_answers_for_a_token_fails_after_the_read_timeout() {
        context.withPropertyValues("essmarket.service-account.token-uri=" + url() + "/silent-token")
                .run(app -> assertTimeoutPreemptively(HANGS, () ->
                        assertThatThrownBy(() -> app.getBean(ServiceAccountTokens.class).token())
                                .isInstanceOf(ResourceAccessException.class)));
    }

    @Test
    void pushing_to_a_search_service_that_never_answers_fails_after_the_read_timeout() {
        context.withPropertyValues("essmarket.service-account.read-timeout=20s").run(app -> {
            assertThat(app.getBean(ServiceAccountTokens.class).token()).isEqualTo("service-token");
            assertTimeoutPreemptively(HANGS, () ->
                    assertThatThrownBy(() -> app.getBean(IndexSyncClient.class)
                            .indexAll("tenders", List.of(new VersionedDocument("t-1", 1, "{}"))))
                            .isInstanceOf(ResourceAccessException.class));
        });
    }

    private String url() {
        return "http://127.0.0.1:" + silent.getAddress().getPort();
    }

    /** Answers a token at /token; accepts every other request and answers none until the test ends. */
    private HttpServer silentServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/token", exchange -> {
                byte[] token = "{\"access_token\": \"service-token\", \"expires_in\": 300}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, token.length);
                exchange.getResponseBody().write(token);
                exchange.close();
            });
            server.createContext("/", exchange -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
