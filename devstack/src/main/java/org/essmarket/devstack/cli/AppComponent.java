package org.essmarket.devstack.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/** One of our Spring Boot apps, run from its jar, ready when its readiness probe says so. */
record AppComponent(String name, Path jar, List<PortUse> ports, Map<String, String> environment, Path log, Path home)
        implements Component {

    /** The first port serves the app; the last one its probes (the same port, except for the gateway). */
    int port() {
        return ports.get(0).port();
    }

    int managementPort() {
        return ports.get(ports.size() - 1).port();
    }

    @Override
    public LocalProcess start(Progress progress) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dessmarket.home=" + home, "-Dessmarket.component=" + name));
        // Small heaps and quick JIT start-up: eight JVMs share two cores on a developer machine.
        command.addAll(List.of(System.getenv().getOrDefault("APP_JAVA_OPTS",
                "-Xms64m -Xmx256m -XX:TieredStopAtLevel=1").trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("SERVER_PORT", Integer.toString(port()));
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort()));
        return LocalProcess.start(name, command, env, home, log);
    }

    @Override
    public boolean isReady() {
        return HttpProbe.answers200(URI.create(readinessProbe()));
    }

    @Override
    public String readinessProbe() {
        return "http://127.0.0.1:" + managementPort() + "/actuator/health/readiness";
    }

    @Override
    public String processMarker() {
        return "-Dessmarket.home=" + home + " -Dessmarket.component=" + name;
    }
}
