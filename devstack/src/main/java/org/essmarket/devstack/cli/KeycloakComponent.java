package org.essmarket.devstack.cli;

import java.nio.file.Path;
import java.util.List;

import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/** Keycloak with the marketplace realm; ready once the realm answers and holds the demo users and test clients. */
record KeycloakComponent(KeycloakServer server, int port, int managementPort, Path instance, Path log)
        implements Component {

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<PortUse> ports() {
        return List.of(new PortUse(port, "KEYCLOAK_PORT"), new PortUse(managementPort, "KEYCLOAK_MANAGEMENT_PORT"));
    }

    @Override
    public LocalProcess start(Progress progress) {
        return server.start(log, progress);
    }

    @Override
    public boolean isReady() {
        return server.isReady();
    }

    @Override
    public String readinessProbe() {
        return server.realmDiscovery().toString();
    }

    @Override
    public String processMarker() {
        // kc.sh's own command line names the instance's database.
        return instance.toString();
    }
}
