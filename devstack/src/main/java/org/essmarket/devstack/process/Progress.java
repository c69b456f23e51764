package org.essmarket.devstack.process;

/** Where long work says what it is doing (a console line for ./marketplace, the log for tests). */
@FunctionalInterface
public interface Progress {

    void report(String message);

    Progress SILENT = message -> {
    };

    Progress STDERR = message -> System.err.println("[devstack] " + message);
}
