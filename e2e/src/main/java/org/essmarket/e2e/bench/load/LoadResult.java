package org.essmarket.e2e.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What a load run measured: the latencies of all calls in microseconds, overall and per family;
 * answered calls (2xx) and failed ones (other statuses, timeouts), the first failure described;
 * why the run stopped early, if it did (null otherwise).
 */
public record LoadResult(Duration elapsed, long answered, long failed, String firstFailure, String stoppedEarly,
        Histogram all, Map<String, Histogram> byFamily) {

    /** Runs of the same calls taken together, e.g. rounds interleaved with other cases on a shared machine. */
    public static LoadResult combine(List<LoadResult> runs) {
        Histogram all = new Histogram(runs.getFirst().all().getHighestTrackableValue(), 3);
        Map<String, Histogram> byFamily = new HashMap<>();
        Duration elapsed = Duration.ZERO;
        long answered = 0;
        long failed = 0;
        String firstFailure = null;
        String stoppedEarly = null;
        for (LoadResult run : runs) {
            all.add(run.all());
            run.byFamily().forEach((family, histogram) -> byFamily
                    .computeIfAbsent(family, f -> new Histogram(histogram.getHighestTrackableValue(), 3)).add(histogram));
            elapsed = elapsed.plus(run.elapsed());
            answered += run.answered();
            failed += run.failed();
            firstFailure = firstFailure != null ? firstFailure : run.firstFailure();
            stoppedEarly = stoppedEarly != null ? stoppedEarly : run.stoppedEarly();
        }
        return new LoadResult(elapsed, answered, failed, firstFailure, stoppedEarly, all, byFamily);
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
        return "%,d answered (%.0f/s), %d failed, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%s%s".formatted(
                answered, throughput(), failed, millis(50), millis(95), millis(99), maxMillis(),
                firstFailure == null ? "" : " — first failure: " + firstFailure,
                stoppedEarly == null ? "" : " — " + stoppedEarly);
    }
}
