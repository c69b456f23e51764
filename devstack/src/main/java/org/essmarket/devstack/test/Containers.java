package org.essmarket.devstack.test;

import java.net.URI;
import java.time.Duration;

import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.keycloak.LocalRealmPart;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The same back-ends as real images, for machines with Docker ({@code -Dit.containers=true}).
 * Elasticsearch's full image has analysis-common, so our plugin is not installed there: the index
 * settings use the same filter names (RECIPES.md). Containers stop with the JVM (Ryuk).
 */
final class Containers {

    static final String MONGO_IMAGE = "mongo:8.0.16";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";

    private Containers() {
    }

    static boolean requested() {
        if (!Boolean.getBoolean("it.containers")) {
            return false;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-Dit.containers=true was given, but no Docker engine answers here");
        }
        return true;
    }

    static String mongo() {
        MongoDBContainer container = new MongoDBContainer(MONGO_IMAGE);
        container.start();
        return container.getConnectionString();
    }

    static URI elasticsearch() {
        ElasticsearchContainer container = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return URI.create("http://" + container.getHttpHostAddress());
    }

    @SuppressWarnings("resource") // stopped by Testcontainers when the JVM ends
    static URI keycloak(int smtpPort) {
        // The realm's emails go to the tests' mail server on this machine, through Testcontainers' tunnel.
        Testcontainers.exposeHostPorts(smtpPort);
        GenericContainer<?> container = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withExposedPorts(8080, 9000)
                .withCopyFileToContainer(MountableFile.forClasspathResource("keycloak/marketplace-realm.json"),
                        "/opt/keycloak/data/import/marketplace-realm.json")
                .withEnv(KeycloakServer.realmEnvironment(smtpPort))
                .withEnv("SMTP_HOST", "host.testcontainers.internal")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_CONSOLE_USER)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.ADMIN_CONSOLE_USER)
                .withCommand("start-dev", "--import-realm", "--health-enabled=true")
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000)
                        .withStartupTimeout(Duration.ofMinutes(4)));
        container.start();
        URI url = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(8080));
        LocalRealmPart.importInto(url, KeycloakServer.ADMIN_CONSOLE_USER, KeycloakServer.ADMIN_CONSOLE_USER);
        return url;
    }
}
