package org.essmarket.e2e.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The benchmarks' one load generator, each call on its own virtual thread.
 *
 * <p>{@link #atFixedRate} is an open model, as users arrive: call n is due at start + n / rate,
 * whether or not earlier calls have been answered, and its latency runs from that due time, not
 * from when it could be sent. A stalled server therefore shows in the percentiles instead of
 * slowing the generator down (no coordinated omission).
 *
 * <p>A target that cannot keep up piles requests up; past {@link FixedRate#backlogLimit()} calls in
 * flight the run stops early and says so, rather than burying the platform under requests nobody
 * waits for any more.
 *
 * <p>{@link #saturate} is a closed model, used only to find a target's capacity: a fixed number of
 * callers, each sending its next call as soon as the previous one is answered.
 *
 * <p>Every call counts in the latencies, answered or not: a call that failed or timed out is
 * recorded at the time it took, and counted as failed.
 */
public final class LoadLoop {

    /** Latencies from 1 µs to 2 minutes, 3 significant digits. */
    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final HttpClient http;

    public LoadLoop(HttpClient http) {
        this.http = http;
    }

    /** Parameters of an open-model run. */
    public record FixedRate(int perSecond, Duration duration) {

        /** Ten seconds' worth of calls waiting: the target is overloaded at this rate. */
        int backlogLimit() {
            return perSecond * 10;
        }
    }

    /** Parameters of a closed-model run. */
    public record Saturation(int callers, Duration duration) {
    }

    public LoadResult atFixedRate(FixedRate rate, LongFunction<Call> calls) {
        Tally tally = new Tally();
        long total = rate.perSecond() * rate.duration().toSeconds();
        long start = System.nanoTime();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long n = 0; n < total && !tally.rateLimited.get(); n++) {
                long due = start + n * 1_000_000_000L / rate.perSecond();
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                if (tally.inFlight.get() > rate.backlogLimit()) {
                    tally.stoppedEarly = "stopped after %.0f s of %d s: more than %d calls waiting for an answer, the target cannot sustain %d/s"
                            .formatted((System.nanoTime() - start) / 1e9, rate.duration().toSeconds(), rate.backlogLimit(),
                                    rate.perSecond());
                    break;
                }
                Call call = calls.apply(n);
                callers.submit(() -> tally.send(call, due));
            }
        } // closing waits for the calls still in flight
        return tally.result(Duration.ofNanos(System.nanoTime() - start));
    }

    public LoadResult saturate(Saturation saturation, LongFunction<Call> calls) {
        Tally tally = new Tally();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + saturation.duration().toNanos();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < saturation.callers(); i++) {
                callers.submit(() -> {
                    while (System.nanoTime() < end && !tally.rateLimited.get()) {
                        tally.send(calls.apply(sequence.getAndIncrement()), System.nanoTime());
                    }
                });
            }
        }
        return tally.result(Duration.ofNanos(System.nanoTime() - start));
    }

    /** Counts and latencies of one run, written by many callers at once. */
    private final class Tally {
        private final Histogram all = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        private final Map<String, Histogram> byFamily = new ConcurrentHashMap<>();
        private final AtomicLong answered = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();
        private final AtomicBoolean rateLimited = new AtomicBoolean();
        private final AtomicLong inFlight = new AtomicLong();
        private volatile String rateLimitedTarget;
        private volatile String stoppedEarly;

        void send(Call call, long startNanos) {
            inFlight.incrementAndGet();
            try {
                HttpResponse<Void> response = http.send(call.request(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 429) {
                    rateLimitedTarget = call.request().uri().getAuthority();
                    rateLimited.set(true);
                    return;
                }
                record(call, startNanos);
                if (response.statusCode() / 100 == 2) {
                    answered.incrementAndGet();
                } else {
                    fail(call, "HTTP " + response.statusCode());
                }
            } catch (IOException e) {
                record(call, startNanos);
                fail(call, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private void record(Call call, long startNanos) {
            long micros = Math.min(HIGHEST_MICROS, Math.max(1, (System.nanoTime() - startNanos) / 1000));
            all.recordValue(micros);
            byFamily.computeIfAbsent(call.family(), family -> new ConcurrentHistogram(HIGHEST_MICROS, 3)).recordValue(micros);
        }

        private void fail(Call call, String why) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, why + " on " + call.request().method() + " " + call.request().uri());
        }

        LoadResult result(Duration elapsed) {
            if (rateLimited.get()) {
                throw new RateLimited(rateLimitedTarget);
            }
            return new LoadResult(elapsed, answered.get(), failed.get(), firstFailure.get(), stoppedEarly, all,
                    Map.copyOf(byFamily));
        }
    }
}
