package org.essmarket.devstack.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;
import org.essmarket.devstack.process.Unprivileged;

/**
 * One single-node Elasticsearch on loopback, from the minimal Maven Central distribution with our
 * analysis plugin. Its config, data and logs live in {@code instance}; the distribution is shared.
 * It daemonizes itself ({@code -d -p}) and is known by the pid it writes.
 */
public final class ElasticsearchNode {

    private final Path home;
    private final Path instance;
    private final int httpPort;
    private final int transportPort;
    private final String heap;

    public ElasticsearchNode(Path home, Path instance, int httpPort, int transportPort, String heap) {
        this.home = home;
        this.instance = instance.toAbsolutePath();
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.heap = heap;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public Path pidFile() {
        return instance.resolve("elasticsearch.pid");
    }

    public Path serverLog() {
        return instance.resolve("logs").resolve("elasticsearch.log");
    }

    /** Starts the node and returns once the launcher has handed over to the daemon (not yet healthy). */
    public LocalProcess start(Path launcherLog, Progress progress) {
        stopLeftover();
        prepareInstance();
        List<String> command = new ArrayList<>(Unprivileged.dropRootPrefix());
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + instance.resolve("data"),
                "-E", "path.logs=" + instance.resolve("logs"),
                // A nearly full developer disk must not turn every index read-only.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                "ES_PATH_CONF", instance.resolve("config").toString(),
                // Otherwise each start leaves an /tmp/elasticsearch-* folder behind.
                "ES_TMPDIR", instance.resolve("tmp").toString());
        progress.report("starting Elasticsearch on " + url());
        LocalProcess launcher = LocalProcess.start("elasticsearch", command, environment, instance, launcherLog);
        awaitDaemon(launcher, launcherLog);
        long pid = LocalProcess.readPid(pidFile())
                .orElseThrow(() -> new IllegalStateException("Elasticsearch wrote no pid file; see " + launcherLog));
        return new LocalProcess("elasticsearch", pid, serverLog());
    }

    public void awaitHealthy(LocalProcess process, Duration timeout, Progress progress) {
        HttpProbe.awaitOk("elasticsearch", healthUri(), timeout, process::isAlive, progress);
    }

    public URI healthUri() {
        return url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
    }

    /** Stops the node recorded in this instance's pid file, if it is still ours. */
    public void stopLeftover() {
        LocalProcess.readPid(pidFile())
                .filter(pid -> LocalProcess.isOurs(pid, instance.toString()))
                .ifPresent(pid -> LocalProcess.stop(pid, Duration.ofSeconds(30)));
    }

    private void awaitDaemon(LocalProcess launcher, Path launcherLog) {
        // With -d the launcher exits once the daemon runs (or has failed to start).
        ProcessHandle.of(launcher.pid()).ifPresent(handle -> handle.onExit().join());
        if (!Files.exists(pidFile())) {
            throw new HttpProbe.NotReadyException("elasticsearch", "it did not start; see " + launcherLog
                    + " and " + serverLog());
        }
    }

    private void prepareInstance() {
        try {
            Path config = instance.resolve("config");
            if (!Files.exists(config.resolve("elasticsearch.yml"))) {
                copyTree(home.resolve("config"), config);
            }
            Files.createDirectories(instance.resolve("data"));
            Files.createDirectories(instance.resolve("logs"));
            Files.createDirectories(instance.resolve("tmp"));
            Files.deleteIfExists(pidFile());
            Unprivileged.handOver(instance);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + instance, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
