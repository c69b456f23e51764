package org.essmarket.e2e.bench.gateway;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.e2e.bench.Api;
import org.essmarket.e2e.bench.Arguments;
import org.essmarket.e2e.bench.Platform;
import org.essmarket.e2e.bench.Tokens;
import org.essmarket.e2e.bench.load.Call;
import org.essmarket.e2e.bench.load.LoadLoop;
import org.essmarket.e2e.bench.load.LoadLoop.FixedRate;
import org.essmarket.e2e.bench.load.LoadLoop.Saturation;
import org.essmarket.e2e.bench.load.LoadResult;
import org.essmarket.e2e.bench.report.ResultsFile;

/**
 * Issue #7: what the gateway costs. One cheap public endpoint of search-service, called directly
 * and through the gateway in the same run: capacity of each (closed model), then latency at half of
 * the direct capacity (open model) with the gateway's CPU per request, and the throughput lost to
 * JWT validation (the same call anonymous and with a bearer token).
 *
 * <p>Cases are measured in interleaved rounds (direct, gateway, gateway signed in, direct signed
 * in; again): on a shared machine a burst of someone else's work then spreads over all cases
 * instead of sinking one.
 */
public final class GatewayBenchmark {

    /**
     * What the run does. The endpoint answers from search-service's memory (CPV suggestions, no
     * Elasticsearch; its cheapest public call) and accepts anonymous and signed-in callers, so the
     * gateway's share shows.
     */
    public record Parameters(String path, Saturation warmUp, Saturation capacity, int rounds, Duration latencyRun) {

        static Parameters from(Arguments arguments) {
            int callers = arguments.integer("callers", 16);
            return new Parameters("/api/v1/search/autocomplete?q=9091&type=cpv&size=1",
                    new Saturation(callers, Duration.ofSeconds(arguments.integer("warmUpSeconds", 10))),
                    new Saturation(callers, Duration.ofSeconds(arguments.integer("capacitySeconds", 5))),
                    arguments.integer("rounds", 3), Duration.ofSeconds(arguments.integer("seconds", 10)));
        }
    }

    /** One way of calling the endpoint. */
    private record Case(String name, URI target, boolean signedIn) {
    }

    private final Platform platform;
    private final Parameters parameters;
    private final PrintStream out;
    private final ResultsFile results;
    private final LoadLoop loop = new LoadLoop(Api.HTTP);
    private final Tokens supplier;

    public GatewayBenchmark(Platform platform, Parameters parameters, PrintStream out) {
        this.platform = platform;
        this.parameters = parameters;
        this.out = out;
        this.results = new ResultsFile("Gateway benchmark (issue #7)", out);
        this.supplier = Tokens.of(platform, DemoUsers.SUPPLIER);
    }

    public static Path run(Platform platform, Arguments arguments, PrintStream out) {
        return new GatewayBenchmark(platform, Parameters.from(arguments), out).run();
    }

    public Path run() {
        ProcessCpu gatewayCpu = ProcessCpu.fromPidFile(platform.gatewayPidFile());
        Case direct = new Case("direct, anonymous", platform.searchService(parameters.path()), false);
        Case gateway = new Case("through the gateway, anonymous", platform.gateway(parameters.path()), false);
        Case gatewaySignedIn = new Case("through the gateway, with a bearer token", gateway.target(), true);
        Case directSignedIn = new Case("direct, with a bearer token", direct.target(), true);
        List<Case> cases = List.of(direct, gateway, gatewaySignedIn, directSignedIn);
        describe(gatewayCpu);

        for (Case warming : cases) {
            out.printf("Warming up %s: %d callers for %d s...%n", warming.name(), parameters.warmUp().callers(),
                    parameters.warmUp().duration().toSeconds());
            out.println("  " + loop.saturate(parameters.warmUp(), calls(warming)).summary());
        }

        Map<Case, List<LoadResult>> saturated = new LinkedHashMap<>();
        long gatewayCpuAtSaturation = 0;
        for (int round = 1; round <= parameters.rounds(); round++) {
            for (Case measured : cases) {
                out.printf("Capacity, round %d of %d, %s: %d callers for %d s...%n", round, parameters.rounds(),
                        measured.name(), parameters.capacity().callers(), parameters.capacity().duration().toSeconds());
                long before = gatewayCpu.used().toNanos();
                LoadResult result = loop.saturate(parameters.capacity(), calls(measured));
                if (measured == gateway) {
                    gatewayCpuAtSaturation += gatewayCpu.used().toNanos() - before;
                }
                out.println("  " + result.summary());
                saturated.computeIfAbsent(measured, c -> new ArrayList<>()).add(result);
            }
        }
        Map<Case, LoadResult> capacity = new LinkedHashMap<>();
        saturated.forEach((measured, runs) -> capacity.put(measured, LoadResult.combine(runs)));

        int half = (int) Math.max(1, capacity.get(direct).throughput() / 2);
        FixedRate halfCapacity = new FixedRate(half, parameters.latencyRun());
        List<LoadResult> directRuns = new ArrayList<>();
        List<LoadResult> gatewayRuns = new ArrayList<>();
        long gatewayCpuAtHalf = 0;
        for (int round = 1; round <= parameters.rounds(); round++) {
            directRuns.add(latency(round, direct, halfCapacity));
            long before = gatewayCpu.used().toNanos();
            gatewayRuns.add(latency(round, gateway, halfCapacity));
            gatewayCpuAtHalf += gatewayCpu.used().toNanos() - before;
        }
        LoadResult directLatency = LoadResult.combine(directRuns);
        LoadResult gatewayLatency = LoadResult.combine(gatewayRuns);

        report(capacity, direct, gateway, gatewaySignedIn, directSignedIn, half, directLatency, gatewayLatency,
                gatewayCpuAtHalf / 1e3 / gatewayLatency.answered(),
                gatewayCpuAtSaturation / 1e3 / capacity.get(gateway).answered());
        return results.write(platform.resultsFolder().resolve("gateway-results.md"));
    }

    private void report(Map<Case, LoadResult> capacity, Case direct, Case gateway, Case gatewaySignedIn, Case directSignedIn,
            int half, LoadResult directLatency, LoadResult gatewayLatency, double cpuMicrosAtHalf, double cpuMicrosAtSaturation) {
        double addedP50 = gatewayLatency.millis(50) - directLatency.millis(50);
        double addedP99 = gatewayLatency.millis(99) - directLatency.millis(99);
        double p99Limit = 2 * directLatency.millis(99) + 1;
        double directThroughput = capacity.get(direct).throughput();
        double gatewayThroughput = capacity.get(gateway).throughput();
        results.figure("direct capacity (closed model, " + parameters.capacity().callers() + " callers)",
                perSecond(directThroughput));
        results.figure("latency at half of direct capacity (" + half + " req/s), direct p50 / p99",
                "%.2f ms / %.2f ms".formatted(directLatency.millis(50), directLatency.millis(99)));
        results.figure("latency at " + half + " req/s, through the gateway p50 / p99",
                "%.2f ms / %.2f ms".formatted(gatewayLatency.millis(50), gatewayLatency.millis(99)));
        results.figure("added latency p50 (gateway − direct)", "%.2f ms".formatted(addedP50), "≤ 1 ms", addedP50 <= 1);
        results.figure("added latency p99 (gateway − direct)", "%.2f ms (gateway p99 %.2f ms)".formatted(addedP99,
                gatewayLatency.millis(99)), "gateway p99 ≤ 2 × direct p99 + 1 ms = %.2f ms".formatted(p99Limit),
                gatewayLatency.millis(99) <= p99Limit);
        results.figure("gateway CPU per request at " + half + " req/s", "%.0f µs".formatted(cpuMicrosAtHalf));
        results.figure("gateway CPU per request at saturation", "%.0f µs".formatted(cpuMicrosAtSaturation));
        double ratio = gatewayThroughput / directThroughput;
        results.figure("throughput at saturation through the gateway", "%s = %.0f %% of direct".formatted(
                perSecond(gatewayThroughput), ratio * 100), "≥ 50 % of direct", ratio >= 0.5);
        double jwtCost = 1 - capacity.get(gatewaySignedIn).throughput() / gatewayThroughput;
        results.figure("throughput through the gateway with a bearer token", "%s: JWT validation costs %.1f %%"
                .formatted(perSecond(capacity.get(gatewaySignedIn).throughput()), jwtCost * 100), "≤ 15 %", jwtCost <= 0.15);
        double serviceJwtCost = 1 - capacity.get(directSignedIn).throughput() / directThroughput;
        results.figure("… search-service's own share (direct with a token vs anonymous)", "%s: %.1f %%".formatted(
                perSecond(capacity.get(directSignedIn).throughput()), serviceJwtCost * 100));
        results.figure("… the gateway's own share (the difference)", "%.1f %%".formatted((jwtCost - serviceJwtCost) * 100));
        long failed = capacity.values().stream().mapToLong(LoadResult::failed).sum() + directLatency.failed() + gatewayLatency.failed();
        results.figure("failed calls over the whole run", Long.toString(failed));
        results.note("The load generator, the gateway, search-service and the other platform processes share the same "
                + Runtime.getRuntime().availableProcessors() + " cores: at saturation the gateway and the generator take CPU "
                + "from search-service, so the throughput ratio is not what separate machines would show.");
        results.note("With a bearer token both the gateway and search-service validate it (each is a resource server, "
                + "DESIGN.md §1): the gateway figure is the whole cost of a signed-in call, the direct one search-service's share.");
    }

    private void describe(ProcessCpu gatewayCpu) {
        results.parameter("endpoint", "GET " + parameters.path() + " (search-service answers from memory)");
        results.parameter("direct", "search-service, port " + platform.searchService());
        results.parameter("through the gateway", "port " + platform.gateway() + " (gateway pid " + gatewayCpu.pid()
                + ", CPU from /proc/<pid>/stat utime + stime)");
        results.parameter("JVM options", "gateway: %s; search-service: %s (the launcher's APP_JAVA_OPTS)"
                .formatted(platform.jvmOptions("gateway"), platform.jvmOptions("search-service")));
        results.parameter("warm-up", "closed model, %d callers, %d s per case".formatted(parameters.warmUp().callers(),
                parameters.warmUp().duration().toSeconds()));
        results.parameter("capacity", "closed model, %d callers, %d rounds of %d s per case, interleaved; throughput over all rounds"
                .formatted(parameters.capacity().callers(), parameters.rounds(), parameters.capacity().duration().toSeconds()));
        results.parameter("latency", ("open model at half of the direct capacity, %d rounds of %d s per target, interleaved; "
                + "latency from each request's due time (HdrHistogram)").formatted(parameters.rounds(), parameters.latencyRun().toSeconds()));
        results.parameter("token", "fournisseur1's access token (password grant of marketplace-test)");
        results.parameter("rate limits", "the platform must run with RATE_LIMIT_ANONYMOUS_PER_MINUTE and RATE_LIMIT_USER_PER_MINUTE "
                + "far above these rates; a 429 stops the benchmark");
    }

    private LoadResult latency(int round, Case measured, FixedRate rate) {
        out.printf("Latency, round %d of %d, %s: %d requests/s for %d s (open model)...%n", round, parameters.rounds(),
                measured.name(), rate.perSecond(), rate.duration().toSeconds());
        LoadResult result = loop.atFixedRate(rate, calls(measured));
        out.println("  " + result.summary());
        return result;
    }

    /** The same request again and again; a signed-in case's token is fetched once for the run. */
    private LongFunction<Call> calls(Case measured) {
        HttpRequest request = Api.get(measured.target(), measured.signedIn() ? supplier.get() : null);
        return n -> new Call(measured.name(), request);
    }

    private static String perSecond(double throughput) {
        return "%,.0f req/s".formatted(throughput);
    }
}
