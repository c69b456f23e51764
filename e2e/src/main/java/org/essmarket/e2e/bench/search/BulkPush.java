package org.essmarket.e2e.bench.search;

import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.essmarket.e2e.bench.Api;
import org.essmarket.e2e.bench.Platform;
import org.essmarket.e2e.bench.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * Pushes documents to search-service's internal bulk API ({@code POST /internal/index/{type}}, at
 * most 500 a request) as the owners' relays do, a few requests at a time, each index with its
 * owning service's token (search-service takes no other); removes them the same way (a newer
 * version marked removed).
 */
final class BulkPush {

    private static final int ATTEMPTS = 3;
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(2);

    /** How the bulk is cut: documents per request, requests in flight. */
    record Batches(int size, int inFlight) {
    }

    /** Documents written (indexed or removed) and how long it took; failed ones are counted apart. */
    record Written(int documents, int failed, Duration elapsed) {
        double perSecond() {
            return documents / (elapsed.toNanos() / 1e9);
        }
    }

    private final Platform platform;
    private final Map<String, Tokens> ownerTokens;
    private final Batches batches;
    private final PrintStream out;

    BulkPush(Platform platform, Batches batches, PrintStream out) {
        this.platform = platform;
        this.ownerTokens = Map.of("suppliers", Tokens.ofService(platform, "supplier-service"),
                "tenders", Tokens.ofService(platform, "tender-service"));
        this.batches = batches;
        this.out = out;
    }

    /** The token of the service that owns {@code type}'s documents, for single-document pushes beside the bulk. */
    String serviceToken(String type) {
        return ownerTokens.get(type).get();
    }

    Written index(String type, int count, IntFunction<Map<String, Object>> document, long version) {
        return write(type, count, n -> {
            Map<String, Object> doc = document.apply(n);
            return Map.of("id", doc.get("id"), "version", version, "document", doc);
        });
    }

    /** Removes with {@code version}, which must be newer than the indexed one (an older removal is ignored). */
    Written remove(String type, int count, IntFunction<String> id, long version) {
        return write(type, count, n -> Map.of("id", id.apply(n), "version", version, "removed", true));
    }

    private Written write(String type, int count, IntFunction<Map<String, Object>> entry) {
        Semaphore inFlight = new Semaphore(batches.inFlight());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int progressEvery = Math.max(batches.size(), count / 10);
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int from = 0; from < count; from += batches.size()) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int n = from; n < Math.min(count, from + batches.size()); n++) {
                    batch.add(entry.apply(n));
                }
                inFlight.acquireUninterruptibly();
                senders.submit(() -> {
                    try {
                        failed.addAndGet(post(type, batch));
                        int before = done.getAndAdd(batch.size());
                        if ((before + batch.size()) / progressEvery > before / progressEvery) {
                            out.printf("    %s: %,d of %,d (%.0f docs/s)%n", type, before + batch.size(), count,
                                    (before + batch.size()) / ((System.nanoTime() - start) / 1e9));
                        }
                    } catch (RuntimeException e) {
                        failed.addAndGet(batch.size());
                        out.println("    a bulk request failed " + ATTEMPTS + " times, giving up on it: " + e.getMessage());
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return new Written(count, failed.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * One bulk request, tried again (up to {@value #ATTEMPTS} times) when search-service is too busy to
     * answer: the cleanup must not leave bench documents behind because of one slow moment.
     *
     * @return how many documents of the batch search did not write (neither indexed, removed nor already newer)
     */
    private int post(String type, List<Map<String, Object>> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return postOnce(type, batch);
            } catch (IllegalStateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                out.println("    a bulk request failed, trying again: " + e.getMessage());
            }
        }
    }

    private int postOnce(String type, List<Map<String, Object>> batch) {
        HttpRequest request = Api.json("POST", platform.searchService("/internal/index/" + type), serviceToken(type),
                Map.of("documents", batch), Map.of());
        JsonNode results = Api.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(BULK_TIMEOUT).build())
                .expect(200, "bulk " + type).json().get("results");
        int failed = 0;
        for (JsonNode result : results) {
            if ("FAILED".equals(result.get("outcome").asString())) {
                failed++;
            }
        }
        return failed;
    }
}
