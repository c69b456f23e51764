package org.essmarket.supplier.searchsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.domain.Activity;
import org.essmarket.supplier.supplier.domain.GeographicRange;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.ServiceType;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DESIGN.md §4 with search-service failing at its HTTP boundary: a stand-in that refuses the first
 * pushes (503), then accepts. The change must stay pending, then land, with its version and the
 * supplier-service's own service token.
 */
@ServiceIntegrationTest
class SearchSyncIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> pushes = new CopyOnWriteArrayList<>();
    private static final AtomicInteger refusalsLeft = new AtomicInteger(2);
    private static final HttpServer search = startSearchStandIn();

    @Autowired
    SupplierDirectory directory;

    @Autowired
    SupplierStore suppliers;

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("essmarket.search-service.url", () -> "http://127.0.0.1:" + search.getAddress().getPort());
        registry.add("essmarket.search-sync.interval", () -> "200ms");
    }

    @AfterAll
    static void stop() {
        search.stop(0);
    }

    @Test
    void a_change_stays_pending_while_search_refuses_it_then_lands_with_its_version() throws Exception {
        Supplier registered = directory.registerSupplier(new Caller("user-1", Set.of("supplier")), "73282932000074",
                new SupplierProfile("Régie de quartier Sync", null, null, null, null, Set.of(SupplierKind.EI),
                        new Location(null, null, "75056", null, null, null, null, null),
                        List.of(new Activity(List.of("90910000"), Set.of(ServiceType.SERVICE),
                                new GeographicRange(GeographicRange.Kind.COUNTRY, null, null, null))),
                        null, null, null, null, null, null, null, null, null));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (pending(registered.id()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(pending(registered.id())).as("pushed and marked synced").isFalse();
        assertThat(refusalsLeft.get()).as("search refused twice first").isZero();
        String accepted = pushes.stream().filter(push -> push.contains(registered.id())).findFirst().orElseThrow();
        assertThat(accepted).startsWith("POST /internal/index/suppliers ").contains(
                "\"id\":\"" + registered.id() + "\",\"version\":" + registered.version(), "Régie de quartier Sync",
                "\"azp\":\"supplier-service\"");
    }

    private boolean pending(String id) {
        return suppliers.pendingSync(1000).stream().anyMatch(change -> change.supplier().id().equals(id));
    }

    private static HttpServer startSearchStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/internal/index/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
                String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
                boolean refuse = refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                if (refuse) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                pushes.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body + " " + claims);
                StringBuilder results = new StringBuilder("{\"results\": [");
                for (JsonNode document : JSON.readTree(body).path("documents")) {
                    results.append(results.charAt(results.length() - 1) == '[' ? "" : ",")
                            .append("{\"id\": \"").append(document.path("id").asString())
                            .append("\", \"outcome\": \"INDEXED\"}");
                }
                byte[] answer = results.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
