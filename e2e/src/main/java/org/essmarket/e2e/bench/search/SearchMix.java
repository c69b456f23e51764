package org.essmarket.e2e.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.essmarket.e2e.bench.Api;
import org.essmarket.e2e.bench.Platform;
import org.essmarket.e2e.bench.load.Call;
import org.essmarket.e2e.bench.search.BenchCorpus.Structure;

/**
 * The searches users make, half on the catalogue, half on tenders, sent to search-service directly
 * (not through the gateway): full text alone, full text with filters, filters alone, near a place;
 * every answer carries its facets. Words and places come from the real rows; the bench tenders
 * are closed, awarded or planned, so tender searches name a status.
 */
final class SearchMix implements LongFunction<Call> {

    static final String CATALOGUE = "catalogue";
    static final String TENDERS = "tenders";

    private final Platform platform;
    private final BenchCorpus corpus;
    private final long seed;

    SearchMix(Platform platform, BenchCorpus corpus, long seed) {
        this.platform = platform;
        this.corpus = corpus;
        this.seed = seed;
    }

    @Override
    public Call apply(long n) {
        SplittableRandom random = new SplittableRandom(seed + n);
        long row = random.nextLong();
        Structure place = corpus.structure(random.nextLong());
        return n % 2 == 0 ? new Call(CATALOGUE, get("/api/v1/search/suppliers?" + catalogue((int) (n / 2 % 5), row, place)))
                : new Call(TENDERS, get("/api/v1/search/tenders?" + tenders((int) (n / 2 % 5), row, place)));
    }

    private String catalogue(int shape, long row, Structure place) {
        String word = encode(corpus.supplierWord(row));
        return switch (shape) {
            case 0 -> "q=" + word;
            case 1 -> "q=" + word + "&department=" + place.department();
            case 2 -> "q=" + word + "&kind=" + place.kind() + "&cpvPrefix=" + corpus.cpvDivision(row);
            case 3 -> place.lat() == null ? "q=" + word
                    : "near=%.4f,%.4f&radiusKm=30&sort=distance".formatted(place.lat(), place.lon());
            default -> "kind=" + place.kind() + "&region=" + corpus.regionOf(place.department());
        };
    }

    private String tenders(int shape, long row, Structure place) {
        String word = encode(corpus.tenderWord(row));
        return switch (shape) {
            case 0 -> "q=" + word + "&status=CLOSED";
            case 1 -> "q=" + word + "&status=AWARDED&department=" + place.department();
            case 2 -> "cpvPrefix=" + corpus.cpvDivision(row) + "&status=CLOSED&reservation=DISABILITY";
            case 3 -> "q=" + word + "&status=PLANNED&sort=deadline";
            default -> "region=" + corpus.regionOf(place.department()) + "&status=CLOSED&deadlineAfter="
                    + LocalDate.now().minusMonths(3);
        };
    }

    private java.net.http.HttpRequest get(String pathAndQuery) {
        return Api.get(platform.searchService(pathAndQuery), null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
