package org.essmarket.devstack.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.process.Distributions;
import org.essmarket.devstack.process.Progress;

/**
 * Unpacks Elasticsearch from its Maven Central zip (once) and installs our French analysis plugin
 * into it (again whenever the plugin build changes). The minimal zip has no analysis-common; our
 * plugin provides its filters under the same names.
 */
public final class ElasticsearchDistribution {

    static final String PLUGIN_NAME = "ess-analysis";

    private ElasticsearchDistribution() {
    }

    public static Path home(DevstackLayout layout) {
        return layout.elasticsearchDistributions().resolve("elasticsearch-" + DevstackLayout.version("elasticsearch.version"));
    }

    /** Returns the home of a ready distribution. */
    public static Path provision(DevstackLayout layout, Progress progress) {
        Path home = home(layout);
        Path zip = layout.zip("elasticsearch.zip");
        Path plugin = layout.zip("es-analysis-plugin.zip");
        return Distributions.provision(home, zip, Distributions.fingerprint(plugin), progress,
                unpacked -> installPlugin(unpacked, plugin, progress));
    }

    private static void installPlugin(Path home, Path plugin, Progress progress) {
        try {
            if (Files.exists(home.resolve("plugins").resolve(PLUGIN_NAME))) {
                Distributions.run(home, List.of(home.resolve("bin/elasticsearch-plugin").toString(),
                        "remove", PLUGIN_NAME), javaHome(), progress);
            }
            progress.report("installing the analysis plugin into Elasticsearch");
            Distributions.run(home, List.of(home.resolve("bin/elasticsearch-plugin").toString(),
                    "install", "--batch", plugin.toUri().toString()), javaHome(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> javaHome() {
        return Map.of("ES_JAVA_HOME", System.getProperty("java.home"));
    }
}
