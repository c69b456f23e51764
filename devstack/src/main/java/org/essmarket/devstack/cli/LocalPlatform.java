package org.essmarket.devstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.cli.Component.PortUse;
import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.elasticsearch.ElasticsearchDistribution;
import org.essmarket.devstack.elasticsearch.ElasticsearchNode;
import org.essmarket.devstack.keycloak.KeycloakDistribution;
import org.essmarket.devstack.keycloak.KeycloakServer;
import org.essmarket.devstack.mail.MailInbox;
import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Logs;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.process.Progress;

/**
 * The marketplace on this machine, without Docker: the MongoDB stand-in, a mail server, Elasticsearch,
 * Keycloak, the four services and the gateway, each a process recorded by pid in .marketplace/run.
 */
final class LocalPlatform {

    /** How long one component may take to become ready before up gives up. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("MARKETPLACE_READY_TIMEOUT", "240")));

    private final DevstackLayout layout;
    private final PlatformPorts ports;
    private final PrintStream out;
    private final Progress progress;

    LocalPlatform(DevstackLayout layout, PlatformPorts ports, PrintStream out) {
        this.layout = layout;
        this.ports = ports;
        this.out = out;
        this.progress = message -> out.println("  " + message);
    }

    /**
     * Starts everything, or, when some components are still running (one crashed or was stopped),
     * the others only. On any failure stops what it started and says what to do. Returns the exit code.
     */
    int up() {
        long started = System.nanoTime();
        List<Component> all = components();
        List<String> running = all.stream().filter(this::isRunning).map(Component::name).toList();
        if (running.size() == all.size()) {
            out.println("ESS Market is already running (" + String.join(", ", running) + ").");
            out.println("See ./marketplace status, or stop it with ./marketplace down.");
            return 0;
        }
        List<Component> components = all.stream().filter(component -> !running.contains(component.name())).toList();
        if (!running.isEmpty()) {
            out.println("ESS Market is partly running (" + String.join(", ", running) + "); starting the rest: "
                    + components.stream().map(Component::name).collect(Collectors.joining(", ")));
        }
        List<String> taken = components.stream()
                .flatMap(component -> component.ports().stream()
                        .filter(use -> !Ports.isFree(use.port()))
                        .map(use -> "port " + use.port() + " (" + component.name() + ") is already in use: stop what "
                                + "listens there (ss -ltnp 'sport = :" + use.port() + "') or choose another port, e.g. "
                                + use.variable() + "=" + freePortNear(use.port(), all) + " ./marketplace up"))
                .toList();
        if (!taken.isEmpty()) {
            out.println("Cannot start ESS Market:");
            taken.forEach(line -> out.println("  " + line));
            return 1;
        }

        out.println("Starting ESS Market (data and logs in " + layout.home() + ")");
        Map<String, Double> seconds = new LinkedHashMap<>();
        try {
            out.println("Preparing Elasticsearch and Keycloak (unpacked once, then reused)");
            ElasticsearchDistribution.provision(layout, progress);
            KeycloakDistribution.provision(layout, progress);

            CountDownLatch startsDone = new CountDownLatch(components.size());
            List<CompletableFuture<Double>> readiness = components.stream()
                    .map(component -> startAndAwait(component, startsDone)).toList();
            try {
                awaitReady(components, readiness, seconds);
            } catch (RuntimeException e) {
                // Let every launch finish and record its pid, so that down() below stops it too.
                awaitQuietly(startsDone);
                throw e;
            }
        } catch (RuntimeException e) {
            out.println();
            out.println("ESS Market did not start: " + e.getMessage());
            if (e instanceof HttpProbe.NotReadyException notReady) {
                components.stream().filter(component -> component.name().equals(notReady.component())).findFirst()
                        .ifPresent(component -> out.println("Last lines of " + component.log() + ":\n"
                                + Logs.tail(component.log(), 20)));
            }
            out.println("Stopping what was started...");
            stop(components);
            return 1;
        }
        printSummary(seconds, (System.nanoTime() - started) / 1e9);
        for (DemoDataImport demoData : demoData()) {
            if (demoData.isEmpty()) {
                out.println("No " + demoData.what() + " yet: importing them from real open data (./marketplace seed)");
                demoData.run();
            }
        }
        DemoMemberships members = demoMembers();
        if (members.someoneActsForNothing()) {
            out.println("Demo suppliers act for no structure yet: making them members of the SIAE structures they "
                    + "act for (./marketplace seed)");
            members.run();
        }
        return 0;
    }

    /**
     * Imports the demo data (SIAE structures and ESAT sites, then tenders) into the running platform and makes the demo
     * suppliers members of the structures they act for; idempotent.
     */
    int seed() {
        demoData().forEach(DemoDataImport::run);
        demoMembers().run();
        return 0;
    }

    private List<DemoDataImport> demoData() {
        return List.of(DemoDataImport.suppliers(issuer(), ports.supplierService(), out),
                DemoDataImport.tenders(issuer(), ports.tenderService(), out));
    }

    private String issuer() {
        return "http://127.0.0.1:" + ports.keycloak() + "/realms/marketplace";
    }

    private DemoMemberships demoMembers() {
        return new DemoMemberships(issuer(), ports.supplierService(), out);
    }

    /** Starts one component and waits, in the background, until it is ready; completes with its seconds. */
    private CompletableFuture<Double> startAndAwait(Component component, CountDownLatch startsDone) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            LocalProcess process;
            try {
                process = component.start(progress);
                process.writePid(pidFile(component));
                out.printf("  started %-18s pid %-8d log %s%n", component.name(), process.pid(), component.log());
            } finally {
                startsDone.countDown();
            }
            while (!component.isReady()) {
                // Asked of the process we started, not of its command line: right after the start the
                // command line may still be the launcher's, and a busy machine made that look like an exit.
                if (!process.isAlive()) {
                    throw new HttpProbe.NotReadyException(component.name(),
                            "its process exited. Read " + component.log() + " to see why.");
                }
                if (System.nanoTime() - start > READY_TIMEOUT.toNanos()) {
                    throw new HttpProbe.NotReadyException(component.name(), "not ready after "
                            + READY_TIMEOUT.toSeconds() + "s (" + component.readinessProbe() + "). Read "
                            + component.log() + "; a slow machine may need MARKETPLACE_READY_TIMEOUT=600.");
                }
                HttpProbe.sleep(Duration.ofMillis(300));
            }
            double took = (System.nanoTime() - start) / 1e9;
            out.printf("  ready   %-18s %5.1fs%n", component.name(), took);
            return took;
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** Says every few seconds what is still awaited; fails with the first component that could not start. */
    private void awaitReady(List<Component> components, List<CompletableFuture<Double>> readiness,
            Map<String, Double> seconds) {
        long waitStart = System.nanoTime();
        CompletableFuture<Void> all = CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new));
        while (true) {
            try {
                all.get(5, TimeUnit.SECONDS);
                break;
            } catch (TimeoutException stillWaiting) {
                // allOf waits for every component: a failed one ends the wait now, not when the others are up.
                for (CompletableFuture<Double> component : readiness) {
                    if (component.isCompletedExceptionally()) {
                        throw unchecked(component.exceptionNow());
                    }
                }
                long waited = Duration.ofNanos(System.nanoTime() - waitStart).toSeconds();
                List<String> pending = new ArrayList<>();
                for (int i = 0; i < components.size(); i++) {
                    if (!readiness.get(i).isDone()) {
                        pending.add(components.get(i).name() + " [" + components.get(i).readinessProbe() + "]");
                    }
                }
                out.println("  waiting (" + waited + "s) for " + String.join(", ", pending));
            } catch (ExecutionException e) {
                throw unchecked(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        for (int i = 0; i < components.size(); i++) {
            seconds.put(components.get(i).name(), readiness.get(i).join());
        }
    }

    /** A component's failure as thrown by its start (a {@link HttpProbe.NotReadyException} says which one). */
    private static RuntimeException unchecked(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /** A port to suggest instead of a taken one: free now and not used by another component. */
    private static int freePortNear(int taken, List<Component> components) {
        List<Integer> ours = components.stream().flatMap(c -> c.ports().stream()).map(PortUse::port).toList();
        for (int candidate = taken + 1; candidate < Math.min(taken + 2000, 65535); candidate++) {
            if (!ours.contains(candidate) && Ports.isFree(candidate)) {
                return candidate;
            }
        }
        return Ports.freePort();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printSummary(Map<String, Double> seconds, double total) {
        out.println();
        out.printf("ESS Market is ready in %.0fs.%n", total);
        out.println("  Gateway (API):       http://127.0.0.1:" + ports.gateway() + "/api/v1/...");
        out.println("  API docs:            http://127.0.0.1:" + ports.gateway() + "/swagger-ui.html");
        out.println("  Keycloak:            http://127.0.0.1:" + ports.keycloak() + "/admin  (admin console: "
                + KeycloakServer.ADMIN_CONSOLE_USER + " / " + KeycloakServer.ADMIN_CONSOLE_USER + "; realm marketplace)");
        out.println("  Elasticsearch:       http://127.0.0.1:" + ports.elasticsearch());
        out.println("  MongoDB (stand-in):  mongodb://127.0.0.1:" + ports.mongo());
        out.println("  Mail (SMTP):         127.0.0.1:" + ports.mailSmtp() + "  (keeps every message: ./marketplace mail)");
        out.println("  Demo logins (demo only):");
        DemoUsers.ALL.forEach(user -> out.printf("    %-14s %-20s role %s%n", user.username(), user.password(),
                user.role()));
        out.println("  Seconds to ready: " + seconds.entrySet().stream()
                .map(entry -> entry.getKey() + " " + String.format("%.1f", entry.getValue()))
                .collect(Collectors.joining(", ")));
        out.println("Stop with ./marketplace down; logs with ./marketplace logs [component].");
    }

    /** Stops what up started, apps first, by the pids it recorded. */
    int down() {
        out.println(stop(components()) ? "ESS Market is stopped." : "ESS Market was not running.");
        return 0;
    }

    /** Stops these components, apps first, by the pids up recorded; false when none was running. */
    private boolean stop(List<Component> started) {
        List<Component> components = new ArrayList<>(started);
        Collections.reverse(components);
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (Component component : components) {
            Optional<Long> pid = LocalProcess.readPid(pidFile(component));
            if (pid.isEmpty()) {
                continue;
            }
            stops.add(CompletableFuture.runAsync(() -> {
                if (LocalProcess.isOurs(pid.get(), component.processMarker())) {
                    long start = System.nanoTime();
                    LocalProcess.stop(pid.get(), Duration.ofSeconds(30));
                    out.printf("  stopped %-18s pid %-8d in %.1fs%n", component.name(), pid.get(),
                            (System.nanoTime() - start) / 1e9);
                }
                deleteQuietly(pidFile(component));
            }));
        }
        stops.forEach(CompletableFuture::join);
        return !stops.isEmpty();
    }

    int status() {
        int running = 0;
        for (Component component : components()) {
            Optional<Long> pid = LocalProcess.readPid(pidFile(component))
                    .filter(p -> LocalProcess.isOurs(p, component.processMarker()));
            String state = pid.isEmpty() ? "stopped" : component.isReady() ? "ready" : "starting / unhealthy";
            running += pid.isPresent() ? 1 : 0;
            out.printf("%-18s %-22s %-10s %s%n", component.name(), state,
                    pid.map(p -> "pid " + p).orElse(""), component.readinessProbe());
        }
        return running == 0 ? 3 : 0;
    }

    /** The log files, for ./marketplace logs. */
    Map<String, Path> logs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        components().forEach(component -> logs.put(component.name(), component.log()));
        return logs;
    }

    private boolean isRunning(Component component) {
        return LocalProcess.readPid(pidFile(component))
                .map(pid -> LocalProcess.isOurs(pid, component.processMarker()))
                .orElse(false);
    }

    private Path pidFile(Component component) {
        return layout.run().resolve(component.name() + ".pid");
    }

    /** The mail server's inbox, for ./marketplace mail. */
    MailInbox mailInbox() {
        return new MailInbox(URI.create("http://127.0.0.1:" + ports.mailInbox()));
    }

    /** The nine components in start order. */
    List<Component> components() {
        Path home = layout.home();
        Path logs = layout.logs();
        String issuer = issuer();
        String mongo = "mongodb://127.0.0.1:" + ports.mongo();
        Path esInstance = layout.elasticsearchInstances(home).resolve("elasticsearch");
        Path esHome = ElasticsearchDistribution.home(layout);
        Path keycloakInstance = layout.data().resolve("keycloak");
        // Services call each other directly (DESIGN.md §1), the gateway calls them all.
        Map<String, String> services = Map.of(
                "SUPPLIER_SERVICE_URL", "http://127.0.0.1:" + ports.supplierService(),
                "TENDER_SERVICE_URL", "http://127.0.0.1:" + ports.tenderService(),
                "CONSORTIUM_SERVICE_URL", "http://127.0.0.1:" + ports.consortiumService(),
                "SEARCH_SERVICE_URL", "http://127.0.0.1:" + ports.searchService());
        Map<String, String> gateway = new LinkedHashMap<>(services);
        gateway.put("KEYCLOAK_ISSUER_URI", issuer);
        Map<String, String> common = new LinkedHashMap<>(gateway);
        common.put("MONGODB_URI", mongo);
        Map<String, String> search = new LinkedHashMap<>(common);
        search.put("ELASTICSEARCH_URIS", "http://127.0.0.1:" + ports.elasticsearch());
        // Alert emails go to the local mail server (no account: it takes every message).
        search.put("SPRING_MAIL_HOST", "127.0.0.1");
        search.put("SPRING_MAIL_PORT", Integer.toString(ports.mailSmtp()));
        return List.of(
                new MongoComponent(ports.mongo(), layout.data().resolve("mongo/marketplace.mv"),
                        layout.devstackJar(), logs.resolve("mongo.log"), home),
                new MailComponent(ports.mailSmtp(), ports.mailInbox(), layout.devstackJar(), logs.resolve("mail.log"), home),
                new ElasticsearchComponent(
                        new ElasticsearchNode(esHome, esInstance, ports.elasticsearch(), ports.elasticsearchTransport(),
                                System.getenv().getOrDefault("ELASTICSEARCH_HEAP", "512m")),
                        ports.elasticsearch(), ports.elasticsearchTransport(), esInstance,
                        logs.resolve("elasticsearch-launcher.log")),
                new KeycloakComponent(new KeycloakServer(KeycloakDistribution.home(layout), keycloakInstance,
                        ports.keycloak(), ports.keycloakManagement(),
                        KeycloakServer.realmEnvironment(ports.gateway(), ports.mailSmtp())),
                        ports.keycloak(), ports.keycloakManagement(),
                        keycloakInstance, logs.resolve("keycloak.log")),
                service("supplier-service", withOnboardingAccount(common),
                        new PortUse(ports.supplierService(), "SUPPLIER_SERVICE_PORT")),
                service("tender-service", common, new PortUse(ports.tenderService(), "TENDER_SERVICE_PORT")),
                service("consortium-service", common, new PortUse(ports.consortiumService(), "CONSORTIUM_SERVICE_PORT")),
                service("search-service", search, new PortUse(ports.searchService(), "SEARCH_SERVICE_PORT")),
                app("gateway", gateway, new PortUse(ports.gateway(), "GATEWAY_PORT"),
                        new PortUse(ports.gatewayManagement(), "GATEWAY_MANAGEMENT_PORT")));
    }

    /** A service, with its service account's secret: the realm file's development one (apps have no default). */
    private AppComponent service(String module, Map<String, String> environment, PortUse port) {
        Map<String, String> withSecret = new LinkedHashMap<>(environment);
        withSecret.put("SERVICE_CLIENT_SECRET", DemoUsers.serviceClientSecret(module));
        return app(module, withSecret, port);
    }

    /**
     * supplier-service's onboarding account (grants the role supplier on approved claims and accepted
     * invitations), the realm file's dev secret, and the local mail server for its invitations.
     */
    private Map<String, String> withOnboardingAccount(Map<String, String> environment) {
        Map<String, String> supplier = new LinkedHashMap<>(environment);
        supplier.put("ONBOARDING_CLIENT_SECRET", DemoUsers.serviceClientSecret(DemoUsers.ONBOARDING_CLIENT));
        supplier.put("SPRING_MAIL_HOST", "127.0.0.1");
        supplier.put("SPRING_MAIL_PORT", Integer.toString(ports.mailSmtp()));
        return supplier;
    }

    private AppComponent app(String module, Map<String, String> environment, PortUse... ports) {
        return new AppComponent(module, layout.app(module), List.of(ports), environment,
                layout.logs().resolve(module + ".log"), layout.home());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
