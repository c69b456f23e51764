package org.essmarket.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process of ours, known by its pid. It is started detached from the caller (own
 * session, output to a log file, no stdin), so that it outlives {@code ./marketplace up}, and it is
 * stopped by pid. The pid is written to a file so that {@code down} stops exactly what {@code up}
 * started; before trusting a pid we check that the process still carries our marker in its
 * command line, in case the OS reused the number.
 */
public record LocalProcess(String name, long pid, Path logFile) {

    private static final Path DEV_NULL = Path.of("/dev/null");

    public static LocalProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path logFile) {
        List<String> detached = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // Own session: a Ctrl-C in the terminal that ran "up" does not reach the servers.
            detached.add("/usr/bin/setsid");
        }
        detached.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(detached)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(DEV_NULL.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new LocalProcess(name, process.pid(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /** Reads a pid file written by us or by the server itself; empty when absent or unreadable. */
    public static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void writePid(Path pidFile) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** True when the pid is alive and its command line contains {@code marker} (our path or name). */
    public static boolean isOurs(long pid, String marker) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            return Files.readString(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').contains(marker);
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM (graceful shutdown), then SIGKILL after {@code grace}, children included. */
    public static void stop(long pid, Duration grace) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>(handle.get().descendants().toList());
        family.add(handle.get());
        family.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notYet) {
                member.destroyForcibly();
            }
        }
    }
}
