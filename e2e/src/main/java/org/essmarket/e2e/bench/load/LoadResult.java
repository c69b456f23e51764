package org.essmarket.e2e.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What a load run measured: answered calls (2xx) with their latencies in microseconds, overall
 * and per family; failed calls (non-2xx, timeouts) are counted, with the first one described.
 */
public record LoadResult(Duration elapsed, long answered, long failed, String firstFailure, Histogram all,
        Map<String, Histogram> byFamily) {

    /** Runs of the same calls taken together, e.g. rounds interleaved with other cases on a shared machine. */
    public static LoadResult combine(List<LoadResult> runs) {
        Histogram all = new Histogram(runs.getFirst().all().getHighestTrackableValue(), 3);
        Map<String, Histogram> byFamily = new HashMap<>();
        Duration elapsed = Duration.ZERO;
        long answered = 0;
        long failed = 0;
        String firstFailure = null;
        for (LoadResult run : runs) {
            all.add(run.all());
            run.byFamily().forEach((family, histogram) -> byFamily
                    .computeIfAbsent(family, f -> new Histogram(histogram.getHighestTrackableValue(), 3)).add(histogram));
            elapsed = elapsed.plus(run.elapsed());
            answered += run.answered();
            failed += run.failed();
            firstFailure = firstFailure != null ? firstFailure : run.firstFailure();
        }
        return new LoadResult(elapsed, answered, failed, firstFailure, all, byFamily);
    }

    /** Answered calls per second over the run. */
    public double throughput() {
        return answered / (elapsed.toNanos() / 1e9);
    }

    /** The latency at this percentile (0-100) in milliseconds, over all calls. */
    public double millis(double percentile) {
        return all.getValueAtPercentile(percentile) / 1000.0;
    }

    public double millis(String family, double percentile) {
        return byFamily.get(family).getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return all.getMaxValue() / 1000.0;
    }

    /** One line for the console. */
    public String summary() {
        return "%,d answered (%.0f/s), %d failed, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%s".formatted(
                answered, throughput(), failed, millis(50), millis(95), millis(99), maxMillis(),
                firstFailure == null ? "" : " — first failure: " + firstFailure);
    }
}
