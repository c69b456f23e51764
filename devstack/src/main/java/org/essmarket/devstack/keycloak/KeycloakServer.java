package org.essmarket.devstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.process.Distributions;
import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/**
 * Keycloak in production-like mode (optimized start, embedded H2 file database, local cache,
 * loopback only) with the marketplace realm imported. kc.sh does not exec java but forwards
 * SIGTERM to it; stopping kills the whole process tree (LocalProcess.stop). The database, import folder and transaction
 * log live in {@code instance}, so one unpacked distribution serves several instances. The issuer
 * is pinned with {@code --hostname}: tokens name {@code http://127.0.0.1:PORT/realms/marketplace}
 * whichever address the client used. The realm's SMTP server (sign-up and password emails) is the
 * local mail server on {@code smtpPort}, given to the realm file's placeholders at import.
 */
public final class KeycloakServer {

    /** The realm as code: the one file used here, by the tests, by docker compose and by k8s. */
    public static final String REALM_RESOURCE = "/keycloak/marketplace-realm.json";

    /** User and password of the master realm's administrator on the local platform (admin console). */
    public static final String ADMIN_CONSOLE_USER = "kcadmin";

    private final Path home;
    private final Path instance;
    private final int port;
    private final int managementPort;
    private final int smtpPort;

    public KeycloakServer(Path home, Path instance, int port, int managementPort, int smtpPort) {
        this.home = home;
        this.instance = instance.toAbsolutePath();
        this.port = port;
        this.managementPort = managementPort;
        this.smtpPort = smtpPort;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI realmDiscovery() {
        return url().resolve("/realms/marketplace/.well-known/openid-configuration");
    }

    public LocalProcess start(Path log, Progress progress) {
        importRealmFreshIfChanged();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--db-url=jdbc:h2:file:" + instance.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE",
                "--cache=local",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url(),
                "--http-management-port=" + managementPort,
                "--shutdown-delay=0s");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m",
                // The realm import folder (what --import-realm would set, but per instance) and Quarkus'
                // transaction log, which would otherwise land in the shared distribution.
                "JAVA_OPTS_APPEND", "-Dkeycloak.migration.dir=" + instance.resolve("import")
                        + " -Dquarkus.transaction-manager.object-store.directory=" + instance.resolve("transaction-logs"),
                // The master realm's administrator, created on the first start only (local use).
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_CONSOLE_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_CONSOLE_USER,
                // The realm file's ${SMTP_HOST:...} and ${SMTP_PORT:...}, replaced when it is imported.
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtpPort));
        progress.report("starting Keycloak on " + url());
        return LocalProcess.start("keycloak", command, environment, instance, log);
    }

    public void awaitReady(LocalProcess process, Duration timeout, Progress progress) {
        HttpProbe.awaitOk("keycloak", realmDiscovery(), timeout, process::isAlive, progress);
    }

    /**
     * Keycloak imports a realm only when it does not exist yet. The realm file is the truth (users
     * included), so when it changed since the last import the instance's database starts afresh; so
     * does a change of the SMTP port, which the import writes into the realm.
     */
    private void importRealmFreshIfChanged() {
        try {
            byte[] realm;
            try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
                realm = in.readAllBytes();
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(realm);
            String digest = HexFormat.of().formatHex(sha256.digest(("smtp:" + smtpPort).getBytes(StandardCharsets.UTF_8)));
            Path imported = instance.resolve("import/marketplace-realm.json");
            Path digestFile = instance.resolve("realm.sha256");
            if (!Files.exists(digestFile) || !Files.readString(digestFile).equals(digest)) {
                Distributions.deleteTree(instance.resolve("h2"));
            }
            Files.createDirectories(imported.getParent());
            Files.write(imported, realm);
            Files.writeString(digestFile, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak's folder " + instance, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
