package org.essmarket.devstack.cli;

import java.nio.file.Path;
import java.util.List;

import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/** One of the eight parts of the local platform: how to start it and how to tell it is ready. */
interface Component {

    /** A port the component listens on, and the environment variable that changes it. */
    record PortUse(int port, String variable) {
    }

    String name();

    List<PortUse> ports();

    /** Starts the process and returns at once (or when a daemonizing launcher has handed over). */
    LocalProcess start(Progress progress);

    /** True once the component serves requests. */
    boolean isReady();

    /** What readiness is checked on, for messages. */
    String readinessProbe();

    /** The log to read when it does not become ready. */
    Path log();

    /** Text in the process's command line that proves a pid is still ours. */
    String processMarker();
}
