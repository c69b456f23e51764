package org.essmarket.devstack.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.mongo.MongoStandInMain;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.process.Progress;

/** The MongoDB stand-in as its own process, storing in one H2 file under .marketplace/data. */
record MongoComponent(int port, Path dataFile, Path devstackJar, Path log, Path home) implements Component {

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public List<PortUse> ports() {
        return List.of(new PortUse(port, "MONGO_PORT"));
    }

    @Override
    public LocalProcess start(Progress progress) {
        // The stand-in logs nothing we need; without a provider SLF4J would warn at every start.
        List<String> command = DevstackMain.command(devstackJar, home, name(), "256m", MongoStandInMain.class,
                List.of("-Dslf4j.internal.verbosity=ERROR"), Integer.toString(port), dataFile.toString());
        return LocalProcess.start(name(), command, Map.of(), home, log);
    }

    @Override
    public boolean isReady() {
        return Ports.accepts(port);
    }

    @Override
    public String readinessProbe() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public String processMarker() {
        return "-Dessmarket.home=" + home + " -Dessmarket.component=mongo";
    }
}
