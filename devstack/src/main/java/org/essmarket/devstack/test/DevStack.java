package org.essmarket.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.elasticsearch.ElasticsearchDistribution;
import org.essmarket.devstack.elasticsearch.ElasticsearchNode;
import org.essmarket.devstack.keycloak.KeycloakDistribution;
import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.mail.MailServer;
import org.essmarket.devstack.mongo.MongoStandIn;
import org.essmarket.devstack.process.Distributions;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Logs;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.process.Progress;

/**
 * The real back-ends integration tests talk to, started once per test JVM and only when a test
 * asks for one, then stopped when the JVM ends. Three ways to get each, in this order:
 * <ol>
 * <li>an instance already running, when its address is given: {@code DEVSTACK_MONGO_URI},
 * {@code DEVSTACK_ELASTICSEARCH_URL}, {@code DEVSTACK_KEYCLOAK_URL} (environment or system
 * property of the same name in lower case with dots, e.g. {@code devstack.keycloak.url});</li>
 * <li>with {@code -Dit.containers=true} on a machine with Docker: Testcontainers with the real
 * MongoDB, Elasticsearch and Keycloak images;</li>
 * <li>otherwise, local: the MongoDB stand-in in-process, and Elasticsearch (with our analysis
 * plugin) and Keycloak (with the realm) from their Maven Central distributions.</li>
 * </ol>
 * The mail server is always in-process: a local Keycloak sends the realm's emails to it; one given
 * by its address sends them wherever its realm says.
 */
public final class DevStack {

    private static final Progress LOG = Progress.STDERR;

    private static String mongo;
    private static URI elasticsearch;
    private static URI keycloak;
    private static MailServer mail;

    private DevStack() {
    }

    /** {@code mongodb://host:port} of a MongoDB-protocol server (no database: each app names its own). */
    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = configured("DEVSTACK_MONGO_URI").orElseGet(() -> {
                if (Containers.requested()) {
                    return Containers.mongo();
                }
                MongoStandIn standIn = MongoStandIn.inMemory(0);
                Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "mongo-stand-in-stop"));
                return standIn.connectionString();
            });
        }
        return mongo;
    }

    /** Base URL of an Elasticsearch 9 node with French analysis available. */
    public static synchronized URI elasticsearchUrl() {
        if (elasticsearch == null) {
            elasticsearch = configured("DEVSTACK_ELASTICSEARCH_URL").map(URI::create).orElseGet(() ->
                    Containers.requested() ? Containers.elasticsearch() : startElasticsearch());
        }
        return elasticsearch;
    }

    /** Base URL of a Keycloak with the marketplace realm imported. */
    public static synchronized URI keycloakUrl() {
        if (keycloak == null) {
            keycloak = configured("DEVSTACK_KEYCLOAK_URL").map(URI::create).orElseGet(() ->
                    Containers.requested() ? Containers.keycloak(mailServer().smtpPort()) : startKeycloak());
        }
        return keycloak;
    }

    /**
     * A real SMTP server, in-process, that keeps every message; the local Keycloak sends the realm's
     * emails (sign-up verification, forgotten password) to it.
     */
    public static synchronized MailServer mailServer() {
        if (mail == null) {
            mail = MailServer.start(Ports.freePort(), Ports.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "mail-server-stop"));
        }
        return mail;
    }

    /** The issuer of the marketplace realm's tokens. */
    public static String issuerUri() {
        return keycloakUrl().toString().replaceAll("/$", "") + "/realms/marketplace";
    }

    private static URI startElasticsearch() {
        DevstackLayout layout = DevstackLayout.detect();
        Path home = ElasticsearchDistribution.provision(layout, LOG);
        Path instance = testInstance(layout.elasticsearchInstances(layout.home()), "elasticsearch");
        ElasticsearchNode node = new ElasticsearchNode(home, instance, Ports.freePort(), Ports.freePort(), "512m");
        LocalProcess process = node.start(instance.resolve("launcher.log"), LOG);
        stopAtExit(process, instance);
        try {
            node.awaitHealthy(process, Duration.ofMinutes(3), LOG);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + Logs.tail(node.serverLog(), 40), e);
        }
        return node.url();
    }

    private static URI startKeycloak() {
        DevstackLayout layout = DevstackLayout.detect();
        Path home = KeycloakDistribution.provision(layout, LOG);
        Path instance = testInstance(layout.home(), "keycloak");
        KeycloakServer server = new KeycloakServer(home, instance, Ports.freePort(), Ports.freePort(),
                KeycloakServer.realmEnvironment(mailServer().smtpPort()));
        Path log = instance.resolve("keycloak.log");
        LocalProcess process = server.start(log, LOG);
        stopAtExit(process, instance);
        try {
            server.awaitReady(process, Duration.ofMinutes(4), LOG);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + Logs.tail(log, 40), e);
        }
        return server.url();
    }

    /** A fresh folder for one test JVM's instance, removed again when the JVM ends. */
    private static Path testInstance(Path base, String name) {
        return base.resolve("test").resolve(name + "-" + ProcessHandle.current().pid());
    }

    private static void stopAtExit(LocalProcess process, Path instance) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalProcess.stop(process.pid(), Duration.ofSeconds(20));
            try {
                Distributions.deleteTree(instance);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("[devstack] could not remove " + instance + ": " + e.getMessage());
            }
        }, process.name() + "-stop"));
    }

    private static Optional<String> configured(String variable) {
        String property = System.getProperty(variable.toLowerCase().replace('_', '.'));
        String value = property != null ? property : System.getenv(variable);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
