package org.essmarket.devstack.test;

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

    /** A started WireMock server on a free port; stop it after the test class. */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
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
