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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.essmarket.devstack.DemoUsers;
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
 * local mail server, given to the realm file's placeholders at import (see {@link #realmEnvironment(int)}).
 */
public final class KeycloakServer {

    /**
     * The base realm as code, the one file every Keycloak imports (here, the tests, Compose, k8s dev and
     * prod): roles, clients, flows, token settings. What differs per deployment comes from Keycloak's
     * import placeholders, see {@link #realmEnvironment(int)}; the demo users and test clients are in
     * {@link LocalRealmPart}.
     */
    public static final String REALM_RESOURCE = "/keycloak/marketplace-realm.json";

    /**
     * The web app's origins on the local platform and in the tests: portless loopback addresses, which
     * Keycloak matches with any port (the gateway on 8080 or a test's random port, the Vite dev server).
     */
    public static final String LOCAL_WEB_ORIGIN = "http://127.0.0.1";
    public static final String LOCAL_WEB_ORIGIN_ALIAS = "http://localhost";

    /** User and password of the master realm's administrator on the local platform (admin console). */
    public static final String ADMIN_CONSOLE_USER = "kcadmin";

    private final Path home;
    private final Path instance;
    private final int port;
    private final int managementPort;
    private final Map<String, String> realmEnvironment;

    public KeycloakServer(Path home, Path instance, int port, int managementPort, Map<String, String> realmEnvironment) {
        this.home = home;
        this.instance = instance.toAbsolutePath();
        this.port = port;
        this.managementPort = managementPort;
        this.realmEnvironment = Map.copyOf(realmEnvironment);
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
        Map<String, String> environment = new HashMap<>(realmEnvironment);
        environment.putAll(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m",
                // The realm import folder (what --import-realm would set, but per instance) and Quarkus'
                // transaction log, which would otherwise land in the shared distribution.
                "JAVA_OPTS_APPEND", "-Dkeycloak.migration.dir=" + instance.resolve("import")
                        + " -Dquarkus.transaction-manager.object-store.directory=" + instance.resolve("transaction-logs"),
                // The master realm's administrator, created on the first start only (local use).
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_CONSOLE_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_CONSOLE_USER));
        progress.report("starting Keycloak on " + url());
        return LocalProcess.start("keycloak", command, environment, instance, log);
    }

    /**
     * The values of the base realm's import placeholders on the local platform, whose gateway (and so
     * Swagger UI, which signs in with the public client marketplace-web) is at {@code gatewayPort}:
     * Keycloak allows that client's token calls from exactly those origins (CORS).
     */
    public static Map<String, String> realmEnvironment(int gatewayPort, int smtpPort) {
        Map<String, String> environment = new HashMap<>(realmEnvironment(smtpPort));
        environment.put("ESS_MARKET_SWAGGER_UI_ORIGIN", LOCAL_WEB_ORIGIN + ":" + gatewayPort);
        environment.put("ESS_MARKET_SWAGGER_UI_ORIGIN_ALIAS", LOCAL_WEB_ORIGIN_ALIAS + ":" + gatewayPort);
        return environment;
    }

    /**
     * The values of the base realm's import placeholders for tests: the services' and the gateway's
     * public development client secrets, the loopback web origins, and the local mail server on
     * {@code smtpPort}.
     */
    public static Map<String, String> realmEnvironment(int smtpPort) {
        return Map.of(
                "SUPPLIER_SERVICE_CLIENT_SECRET", DemoUsers.serviceClientSecret("supplier-service"),
                "TENDER_SERVICE_CLIENT_SECRET", DemoUsers.serviceClientSecret("tender-service"),
                "CONSORTIUM_SERVICE_CLIENT_SECRET", DemoUsers.serviceClientSecret("consortium-service"),
                "SEARCH_SERVICE_CLIENT_SECRET", DemoUsers.serviceClientSecret("search-service"),
                "GATEWAY_CLIENT_SECRET", DemoUsers.serviceClientSecret(DemoUsers.GATEWAY_CLIENT),
                "SUPPLIER_ONBOARDING_CLIENT_SECRET", DemoUsers.serviceClientSecret(DemoUsers.ONBOARDING_CLIENT),
                "ESS_MARKET_WEB_ORIGIN", LOCAL_WEB_ORIGIN,
                "ESS_MARKET_WEB_ORIGIN_ALIAS", LOCAL_WEB_ORIGIN_ALIAS,
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtpPort));
    }

    public void awaitReady(LocalProcess process, Duration timeout, Progress progress) {
        HttpProbe.awaitOk("keycloak", realmDiscovery(), timeout, process::isAlive, progress);
        importLocalPartOnce();
    }

    /**
     * True once the realm answers and holds the local part (demo users, test clients): the part is
     * imported on the first call after each fresh import of the realm, and remembered in the instance.
     */
    public boolean isReady() {
        if (!HttpProbe.answers200(realmDiscovery())) {
            return false;
        }
        importLocalPartOnce();
        return true;
    }

    private void importLocalPartOnce() {
        Path marker = instance.resolve("local-part.imported");
        if (!Files.exists(marker)) {
            LocalRealmPart.importInto(url(), ADMIN_CONSOLE_USER, ADMIN_CONSOLE_USER);
            try {
                Files.writeString(marker, "");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + marker, e);
            }
        }
    }

    /**
     * Keycloak imports a realm only when it does not exist yet. The realm files and the placeholders'
     * values are the truth (users included), so when any changed since the last import the instance's
     * database starts afresh and the local part is imported again.
     */
    private void importRealmFreshIfChanged() {
        try {
            byte[] realm;
            try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
                realm = in.readAllBytes();
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(realm);
            sha256.update(new TreeMap<>(realmEnvironment).toString().getBytes(StandardCharsets.UTF_8));
            String digest = HexFormat.of().formatHex(sha256.digest(LocalRealmPart.content()));
            Path imported = instance.resolve("import/marketplace-realm.json");
            Path digestFile = instance.resolve("realm.sha256");
            if (!Files.exists(digestFile) || !Files.readString(digestFile).equals(digest)) {
                Distributions.deleteTree(instance.resolve("h2"));
                Files.deleteIfExists(instance.resolve("local-part.imported"));
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
