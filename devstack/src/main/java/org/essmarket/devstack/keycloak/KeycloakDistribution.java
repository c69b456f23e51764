package org.essmarket.devstack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.process.Distributions;
import org.essmarket.devstack.process.Progress;

/**
 * Unpacks Keycloak from its Maven Central zip and runs its build step once with our build-time
 * options, so that every start after that is an optimized one (seconds instead of most of a minute).
 * Data stays outside the distribution (see KeycloakServer), so tests and the local platform share it.
 */
public final class KeycloakDistribution {

    /** Build-time options: embedded file database, health and metrics endpoints on the management port. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true", "--metrics-enabled=true");

    private KeycloakDistribution() {
    }

    public static Path home(DevstackLayout layout) {
        return layout.distributions().resolve("keycloak-" + DevstackLayout.version("keycloak.version"));
    }

    public static Path provision(DevstackLayout layout, Progress progress) {
        return Distributions.provision(home(layout), layout.zip("keycloak-quarkus-dist.zip"),
                String.join(" ", BUILD_OPTIONS), progress, home -> build(home, progress));
    }

    private static void build(Path home, Progress progress) {
        progress.report("building Keycloak for our options (once, about 20 seconds)");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        try {
            Distributions.run(home, command, Map.of("JAVA_HOME", System.getProperty("java.home")), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
