package org.essmarket.e2e.bench.gateway;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

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
 */
public final class GatewayBenchmark {

    /**
     * What the run does. The endpoint answers from search-service's memory (commune suggestions,
     * no Elasticsearch), accepts anonymous and signed-in callers, so the gateway's share shows.
     */
    public record Parameters(String path, Saturation warmUp, Saturation capacity, Duration latencyRun) {

        static Parameters from(Arguments arguments) {
            int callers = arguments.integer("callers", 16);
            return new Parameters("/api/v1/search/autocomplete?q=vill&type=commune&size=3",
                    new Saturation(callers, Duration.ofSeconds(arguments.integer("warmUpSeconds", 10))),
                    new Saturation(callers, Duration.ofSeconds(arguments.integer("capacitySeconds", 15))),
                    Duration.ofSeconds(arguments.integer("seconds", 30)));
        }
    }

    private final Platform platform;
    private final Parameters parameters;
    private final PrintStream out;
    private final ResultsFile results;
    private final LoadLoop loop = new LoadLoop(Api.HTTP);

    public GatewayBenchmark(Platform platform, Parameters parameters, PrintStream out) {
        this.platform = platform;
        this.parameters = parameters;
        this.out = out;
        this.results = new ResultsFile("Gateway benchmark (issue #7)", out);
    }

    public static Path run(Platform platform, Arguments arguments, PrintStream out) {
        return new GatewayBenchmark(platform, Parameters.from(arguments), out).run();
    }

    public Path run() {
        ProcessCpu gatewayCpu = ProcessCpu.fromPidFile(platform.gatewayPidFile());
        Tokens supplier = Tokens.of(platform, DemoUsers.SUPPLIER);
        URI direct = platform.searchService(parameters.path());
        URI viaGateway = platform.gateway(parameters.path());
        describe(direct, viaGateway, gatewayCpu);

        for (URI target : new URI[] {direct, viaGateway}) {
            out.printf("Warming up %s: %d callers for %d s...%n", target, parameters.warmUp().callers(),
                    parameters.warmUp().duration().toSeconds());
            out.println("  " + loop.saturate(parameters.warmUp(), calls(target, () -> null)).summary());
            out.println("  " + loop.saturate(parameters.warmUp(), calls(target, supplier)).summary());
        }

        LoadResult directCapacity = capacity("direct, anonymous", direct, () -> null);
        long before = gatewayCpu.used().toNanos();
        LoadResult gatewayCapacity = capacity("through the gateway, anonymous", viaGateway, () -> null);
        double cpuAtSaturation = (gatewayCpu.used().toNanos() - before) / 1e3 / gatewayCapacity.answered();
        LoadResult gatewaySignedIn = capacity("through the gateway, with a bearer token", viaGateway, supplier);
        LoadResult directSignedIn = capacity("direct, with a bearer token", direct, supplier);

        int half = (int) Math.max(1, directCapacity.throughput() / 2);
        FixedRate halfCapacity = new FixedRate(half, parameters.latencyRun());
        LoadResult directLatency = latency("direct", direct, halfCapacity);
        before = gatewayCpu.used().toNanos();
        LoadResult gatewayLatency = latency("through the gateway", viaGateway, halfCapacity);
        double cpuAtHalf = (gatewayCpu.used().toNanos() - before) / 1e3 / gatewayLatency.answered();

        double addedP50 = gatewayLatency.millis(50) - directLatency.millis(50);
        double addedP99 = gatewayLatency.millis(99) - directLatency.millis(99);
        double p99Limit = 2 * directLatency.millis(99) + 1;
        results.figure("direct capacity (closed model, " + parameters.capacity().callers() + " callers)",
                perSecond(directCapacity.throughput()));
        results.figure("latency at half of direct capacity (" + half + " req/s), direct p50 / p99",
                "%.2f ms / %.2f ms".formatted(directLatency.millis(50), directLatency.millis(99)));
        results.figure("latency at " + half + " req/s, through the gateway p50 / p99",
                "%.2f ms / %.2f ms".formatted(gatewayLatency.millis(50), gatewayLatency.millis(99)));
        results.figure("added latency p50 (gateway − direct)", "%.2f ms".formatted(addedP50), "≤ 1 ms", addedP50 <= 1);
        results.figure("added latency p99 (gateway − direct)", "%.2f ms (gateway p99 %.2f ms)".formatted(addedP99,
                gatewayLatency.millis(99)), "gateway p99 ≤ 2 × direct p99 + 1 ms = %.2f ms".formatted(p99Limit),
                gatewayLatency.millis(99) <= p99Limit);
        results.figure("gateway CPU per request at " + half + " req/s", "%.0f µs".formatted(cpuAtHalf));
        results.figure("gateway CPU per request at saturation", "%.0f µs".formatted(cpuAtSaturation));
        double ratio = gatewayCapacity.throughput() / directCapacity.throughput();
        results.figure("throughput at saturation through the gateway", "%s = %.0f %% of direct".formatted(
                perSecond(gatewayCapacity.throughput()), ratio * 100), "≥ 50 % of direct", ratio >= 0.5);
        double jwtCost = 1 - gatewaySignedIn.throughput() / gatewayCapacity.throughput();
        results.figure("throughput through the gateway with a bearer token", "%s: JWT validation costs %.1f %%"
                .formatted(perSecond(gatewaySignedIn.throughput()), jwtCost * 100), "≤ 15 %", jwtCost <= 0.15);
        results.figure("… of which search-service's own validation (direct with a token vs anonymous)", "%s: %.1f %%"
                .formatted(perSecond(directSignedIn.throughput()), (1 - directSignedIn.throughput() / directCapacity.throughput()) * 100));
        results.note("The load generator, the gateway, search-service and the other platform processes share the same "
                + Runtime.getRuntime().availableProcessors() + " cores: at saturation the gateway and the generator take CPU "
                + "from search-service, so the gateway's throughput ratio is lower than on separate machines.");
        results.note("With a bearer token both the gateway and search-service validate it (each is a resource server, "
                + "DESIGN.md §1); the gateway figure is the whole cost of a signed-in call, the direct one search-service's part.");
        return results.write(platform.resultsFolder().resolve("gateway-results.md"));
    }

    private void describe(URI direct, URI viaGateway, ProcessCpu gatewayCpu) {
        results.parameter("endpoint", "GET " + parameters.path() + " (search-service answers from memory)");
        results.parameter("direct", direct.getAuthority() + " (search-service)");
        results.parameter("through the gateway", viaGateway.getAuthority() + " (gateway pid " + gatewayCpu.pid() + ")");
        results.parameter("warm-up", "closed model, %d callers, %d s per target, anonymous and with a token"
                .formatted(parameters.warmUp().callers(), parameters.warmUp().duration().toSeconds()));
        results.parameter("capacity", "closed model, %d callers, %d s per case"
                .formatted(parameters.capacity().callers(), parameters.capacity().duration().toSeconds()));
        results.parameter("latency", "open model at half of the direct capacity, %d s per target, latency from each request's due time (HdrHistogram)"
                .formatted(parameters.latencyRun().toSeconds()));
        results.parameter("token", "fournisseur1's access token (password grant of marketplace-test), RS256");
        results.parameter("rate limits", "the platform must run with RATE_LIMIT_ANONYMOUS_PER_MINUTE and RATE_LIMIT_USER_PER_MINUTE "
                + "far above these rates; a 429 stops the benchmark");
    }

    private LoadResult capacity(String what, URI target, Supplier<String> token) {
        out.printf("Capacity %s: %d callers for %d s...%n", what, parameters.capacity().callers(),
                parameters.capacity().duration().toSeconds());
        LoadResult result = loop.saturate(parameters.capacity(), calls(target, token));
        out.println("  " + result.summary());
        return result;
    }

    private LoadResult latency(String what, URI target, FixedRate rate) {
        out.printf("Latency %s: %d requests/s for %d s (open model)...%n", what, rate.perSecond(), rate.duration().toSeconds());
        LoadResult result = loop.atFixedRate(rate, calls(target, () -> null));
        out.println("  " + result.summary());
        return result;
    }

    /** The same request again and again; a token, when given, is fetched once for the run. */
    private static java.util.function.LongFunction<Call> calls(URI target, Supplier<String> token) {
        HttpRequest request = Api.get(target, token.get());
        return n -> new Call(target.getAuthority(), request);
    }

    private static String perSecond(double throughput) {
        return "%,.0f req/s".formatted(throughput);
    }
}
