package org.essmarket.e2e.bench.search;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;

import org.HdrHistogram.Histogram;
import org.essmarket.e2e.bench.Api;
import org.essmarket.e2e.bench.Platform;
import org.essmarket.e2e.bench.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Index freshness as a supplier sees it (DESIGN.md §4): its member edits the profile at
 * supplier-service ({@code PUT /api/v1/suppliers/{id}} with If-Match), then the catalogue search
 * is asked for a word only that edit wrote until it finds it. Time runs from just before the PUT
 * to the first search that finds the word. Samples are a random 0–2 s apart: back to back, each
 * edit would land at the same point of the owner's relay cycle (every 500 ms) and all would measure
 * the same delay.
 *
 * <p>The member is the demo user fournisseur1, editing the first VERIFIED supplier it acts for;
 * its original description is written back at the end. On a fresh platform that is Envie Rhône
 * Lyon, which the demo data makes it a member of; where it acts for none (a platform seeded before
 * that), it registers a bench supplier, a facilitator verifies it, and delists it at the end so the
 * catalogue is as before.
 */
final class Freshness {

    private static final Duration POLL_EVERY = Duration.ofMillis(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE_BETWEEN_SAMPLES = Duration.ofSeconds(2);

    private final Platform platform;
    private final Tokens member;
    private final Tokens facilitator;
    private final PrintStream out;
    private final SplittableRandom random = new SplittableRandom();

    Freshness(Platform platform, Tokens member, Tokens facilitator, PrintStream out) {
        this.platform = platform;
        this.member = member;
        this.facilitator = facilitator;
        this.out = out;
    }

    /** @return the samples' delays in microseconds; a sample never found counts as {@link #GIVE_UP_AFTER} */
    Histogram measure(int samples) {
        String registered = null;
        String id = verifiedSupplierOfMember();
        if (id == null) {
            registered = id = registerBenchSupplier();
        }
        URI supplier = platform.supplierService("/api/v1/suppliers/" + id);
        Api.Response current = Api.send(Api.get(supplier, member.get())).expect(200, "supplier " + id);
        ObjectNode profile = (ObjectNode) current.json().get("profile");
        String original = profile.path("description").asString("");
        String etag = current.headers().firstValue("ETag").orElseThrow();
        out.printf("    editing the description of %s (%s) as fournisseur1%n", profile.get("legalName").asString(), id);
        Histogram delays = new Histogram(GIVE_UP_AFTER.toNanos() / 1000, 3);
        try {
            for (int sample = 1; sample <= samples; sample++) {
                pause(Duration.ofMillis(random.nextLong(LONGEST_PAUSE_BETWEEN_SAMPLES.toMillis())));
                String word = randomWord();
                profile.put("description", (original + " " + word).trim());
                long start = System.nanoTime();
                etag = Api.send(Api.json("PUT", supplier, member.get(), profile, Map.of("If-Match", etag)))
                        .expect(200, "profile update").headers().firstValue("ETag").orElseThrow();
                long micros = untilSearchable(word, start) / 1000;
                delays.recordValue(micros);
                if (sample % 10 == 0) {
                    out.printf("    %d of %d samples, last %.0f ms%n", sample, samples, micros / 1000.0);
                }
            }
        } finally {
            if (registered != null) {
                Api.send(Api.json("POST", URI.create(supplier + "/delist"), facilitator.get(),
                        Map.of("reason", "benchmark supplier, no longer needed"), Map.of())).expect(200, "delisting");
                out.println("    delisted the bench supplier " + registered);
            } else {
                profile.put("description", original);
                Api.send(Api.json("PUT", supplier, member.get(), profile, Map.of("If-Match", etag)))
                        .expect(200, "restoring the description");
            }
        }
        return delays;
    }

    private String verifiedSupplierOfMember() {
        JsonNode mine = Api.send(Api.get(platform.supplierService("/api/v1/suppliers/mine?size=100"), member.get()))
                .expect(200, "fournisseur1's suppliers").json().path("content");
        for (JsonNode supplier : mine) {
            if ("VERIFIED".equals(supplier.path("status").asString())) {
                return supplier.get("id").asString();
            }
        }
        return null;
    }

    /**
     * A verified supplier of fournisseur1 for the run, searchable before the first sample. Its
     * activity (translation, in Corsica) concerns none of the demo tenders: no alert is sent.
     */
    private String registerBenchSupplier() {
        String word = randomWord();
        Map<String, Object> profile = Map.of("legalName", "Atelier de mesure de fraîcheur " + word, "kinds", List.of("EA"),
                "location", Map.of("communeCode", "2A004"), "description", "Fournisseur créé par le benchmark de recherche",
                "activities", List.of(Map.of("cpvCodes", List.of("79530000"), "serviceTypes",
                        List.of("SERVICE"), "range", Map.of("kind", "ZONES", "departments", List.of("2A")))));
        Api.Response created = null;
        for (int attempt = 0; created == null || created.status() == 409; attempt++) {
            created = Api.send(Api.json("POST", platform.supplierService("/api/v1/suppliers"), member.get(),
                    Map.of("siret", benchSiret(attempt), "profile", profile), Map.of()));
        }
        String id = created.expect(201, "registering a bench supplier").json().get("id").asString();
        Api.send(Api.json("POST", platform.supplierService("/api/v1/suppliers/" + id + "/verify"), facilitator.get(),
                Map.of("reason", "benchmark supplier"), Map.of())).expect(200, "verifying the bench supplier");
        out.println("    fournisseur1 acts for no verified supplier: registered and verified the bench supplier " + id);
        untilSearchable(word, System.nanoTime());
        return id;
    }

    /** A SIRET in a range no real company uses (99…), with valid Luhn keys on its SIREN and on itself. */
    private static String benchSiret(int attempt) {
        String siren = withLuhnDigit("99" + "%06d".formatted((System.currentTimeMillis() / 1000 + attempt) % 1_000_000));
        return withLuhnDigit(siren + "0001");
    }

    private static String withLuhnDigit(String body) {
        for (int check = 0; ; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
    }

    private long untilSearchable(String word, long start) {
        URI search = platform.searchService("/api/v1/search/suppliers?size=1&q=" + word);
        while (System.nanoTime() - start < GIVE_UP_AFTER.toNanos()) {
            if (Api.send(Api.get(search, null)).expect(200, "catalogue search").json().path("totalElements").asLong() > 0) {
                return System.nanoTime() - start;
            }
            pause(POLL_EVERY);
        }
        out.println("    not searchable after " + GIVE_UP_AFTER.toSeconds() + " s: " + word);
        return GIVE_UP_AFTER.toNanos();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ten random letters: no other supplier has it, and no two samples are within the fuzzy search's reach. */
    private String randomWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
