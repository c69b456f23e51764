package org.essmarket.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.essmarket.devstack.process.Unprivileged;

/**
 * Where the local platform keeps things. Everything lives in the project's git-ignored
 * {@code .marketplace/} folder: unpacked distributions ({@code dist/}, shared with the tests), and
 * the platform's data, logs and pid files. {@code MARKETPLACE_HOME} moves the latter elsewhere (the
 * e2e tests run a second platform that way). The server zips come from {@code devstack/target/dist/},
 * filled by the Maven build.
 *
 * <p>One exception: as root, Elasticsearch runs as {@code nobody}, which cannot enter a project
 * under, say, {@code /root}. Then its files go to {@code /var/tmp/ess-market-<hash>/} instead.
 */
public record DevstackLayout(Path projectRoot, Path home) {

    public static final String ROOT_PROPERTY = "devstack.root";

    /** The project root from {@code -Ddevstack.root}, {@code DEVSTACK_ROOT}, or the folder above that holds devstack/. */
    public static DevstackLayout detect() {
        String configured = System.getProperty(ROOT_PROPERTY, System.getenv("DEVSTACK_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("devstack")) && Files.exists(p.resolve("mvnw"))) {
                return at(p);
            }
        }
        throw new IllegalStateException("Cannot find the ESS Market project root: run from inside the project "
                + "or set -D" + ROOT_PROPERTY + "=/path/to/project");
    }

    private static DevstackLayout at(Path projectRoot) {
        String home = System.getenv("MARKETPLACE_HOME");
        return new DevstackLayout(projectRoot, home == null || home.isBlank()
                ? projectRoot.resolve(".marketplace")
                : Path.of(home).toAbsolutePath().normalize());
    }

    /** Server zips copied by the build (Elasticsearch, Keycloak, our analysis plugin). */
    public Path zips() {
        return projectRoot.resolve("devstack/target/dist");
    }

    public Path zip(String name) {
        Path zip = zips().resolve(name);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: build the project first (./mvnw -DskipTests package)");
        }
        return zip;
    }

    public Path logs() {
        return home().resolve("logs");
    }

    public Path run() {
        return home().resolve("run");
    }

    public Path data() {
        return home().resolve("data");
    }

    /** Unpacked Keycloak, shared by the local platform and the tests. */
    public Path distributions() {
        return projectRoot.resolve(".marketplace").resolve("dist");
    }

    /** Unpacked Elasticsearch: like {@link #distributions()}, but reachable by {@code nobody} when we are root. */
    public Path elasticsearchDistributions() {
        return elasticsearchReachable() ? distributions() : rootFallback().resolve("dist");
    }

    /** Elasticsearch's own folders (config, data, logs) under {@code base}, or the fallback when root needs it. */
    public Path elasticsearchInstances(Path base) {
        return elasticsearchReachable() ? base : rootFallback().resolve(Integer.toHexString(base.hashCode()));
    }

    private boolean elasticsearchReachable() {
        return !Unprivileged.runningAsRoot() || Unprivileged.reachableByOthers(projectRoot);
    }

    private Path rootFallback() {
        return Path.of("/var/tmp", "ess-market-" + Integer.toHexString(projectRoot.toString().hashCode()));
    }

    public Path app(String module) {
        return projectRoot.resolve(module).resolve("target").resolve(module + "-" + version("project.version") + ".jar");
    }

    /** The runnable devstack jar (./marketplace itself, and the MongoDB stand-in process). */
    public Path devstackJar() {
        return projectRoot.resolve("devstack/target/devstack-" + version("project.version") + "-exec.jar");
    }

    public static String version(String key) {
        try (InputStream in = DevstackLayout.class.getResourceAsStream("versions.properties")) {
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
