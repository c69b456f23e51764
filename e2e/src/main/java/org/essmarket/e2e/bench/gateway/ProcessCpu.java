package org.essmarket.e2e.bench.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time a process has used so far (user + system), from {@code /proc/<pid>/stat}: read before
 * and after a run, the difference is what the run cost that process.
 */
record ProcessCpu(long pid) {

    /** Linux reports utime and stime in USER_HZ ticks, 100 a second on every mainstream build. */
    private static final long TICKS_PER_SECOND = 100;

    static ProcessCpu fromPidFile(Path pidFile) {
        try {
            return new ProcessCpu(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException e) {
            throw new IllegalStateException("no pid file " + pidFile + ": is the platform running from this MARKETPLACE_HOME?", e);
        }
    }

    Duration used() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after "(comm)": state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPU time of process " + pid, e);
        }
    }
}
