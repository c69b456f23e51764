package org.essmarket.e2e.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.essmarket.e2e.bench.gateway.GatewayBenchmark;
import org.essmarket.e2e.bench.load.RateLimited;
import org.essmarket.e2e.bench.search.SearchBenchmark;

/**
 * {@code ./marketplace bench search | gateway [name=value...]}: measures a running platform
 * (./marketplace up, same port variables) and writes benchmarks/&lt;name&gt;-results.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !List.of("search", "gateway").contains(args[0])) {
            System.out.println("""
                    usage: ./marketplace bench search|gateway [name=value...]
                      search    issue #6: bulk indexing, search latency at a fixed rate, matching, index freshness
                                (search cleanup: only remove the bench documents a stopped run left)
                      gateway   issue #7: the gateway's added latency, CPU, throughput and the cost of JWT validation
                    Runs against the platform of ./marketplace up (same port variables); results go to benchmarks/.""");
            System.exit(2);
        }
        Arguments arguments = new Arguments(Arrays.asList(args).subList(1, args.length));
        Platform platform = Platform.fromEnvironment();
        try {
            System.out.println("Checking the platform is up...");
            platform.awaitReady(System.out);
            if (args[0].equals("search") && arguments.cleanupOnly()) {
                SearchBenchmark.cleanUp(platform, System.out);
                return;
            }
            Path results = switch (args[0]) {
                case "search" -> SearchBenchmark.run(platform, arguments, System.out);
                default -> GatewayBenchmark.run(platform, arguments, System.out);
            };
            System.out.println("Done: " + results);
        } catch (RateLimited | IllegalStateException e) {
            System.out.println("The benchmark stopped: " + e.getMessage());
            System.exit(1);
        }
    }
}
