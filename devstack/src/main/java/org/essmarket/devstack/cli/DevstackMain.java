package org.essmarket.devstack.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one of the devstack jar's own mains as a component of the platform (the
 * MongoDB stand-in, the mail server): the launcher's java, the component's name and heap, then the
 * main's arguments.
 */
final class DevstackMain {

    private DevstackMain() {
    }

    static List<String> command(Path devstackJar, Path home, String component, String maxHeap, Class<?> main,
            List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dessmarket.home=" + home, "-Dessmarket.component=" + component, "-Xmx" + maxHeap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dloader.main=" + main.getName(), "-jar", devstackJar.toString()));
        command.addAll(List.of(arguments));
        return List.copyOf(command);
    }
}
