package org.essmarket.devstack.cli;

import java.nio.file.Path;
import java.util.List;

import org.essmarket.devstack.elasticsearch.ElasticsearchNode;
import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/** Elasticsearch with our analysis plugin; as root it runs as nobody (RECIPES.md). */
record ElasticsearchComponent(ElasticsearchNode node, int port, int transportPort, Path instance, Path launcherLog)
        implements Component {

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public List<PortUse> ports() {
        return List.of(new PortUse(port, "ELASTICSEARCH_PORT"),
                new PortUse(transportPort, "ELASTICSEARCH_TRANSPORT_PORT"));
    }

    @Override
    public LocalProcess start(Progress progress) {
        return node.start(launcherLog, progress);
    }

    @Override
    public boolean isReady() {
        return HttpProbe.answers200(node.healthUri());
    }

    @Override
    public String readinessProbe() {
        return node.healthUri().toString();
    }

    @Override
    public Path log() {
        return node.serverLog();
    }

    @Override
    public String processMarker() {
        return instance.toString();
    }
}
