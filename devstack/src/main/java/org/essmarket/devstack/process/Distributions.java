package org.essmarket.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Unpacked server distributions shared by the local platform and every test JVM. A marker file
 * records what was unpacked and prepared; a file lock keeps two builds from preparing the same
 * distribution at once.
 */
public final class Distributions {

    private static final String MARKER = ".essmarket-prepared";

    private Distributions() {
    }

    /**
     * Makes {@code home} hold {@code zip} unpacked and prepared by {@code prepare}. Unpacks again when
     * the zip changes; prepares again when {@code preparation} (what {@code prepare} depends on) changes.
     */
    public static Path provision(Path home, Path zip, String preparation, Progress progress, Consumer<Path> prepare) {
        try {
            Files.createDirectories(home.getParent());
            Path lockFile = home.getParent().resolve("." + home.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                String unpacked = fingerprint(zip);
                List<String> marker = readMarker(home);
                if (marker.isEmpty() || !marker.get(0).equals(unpacked)) {
                    deleteTree(home);
                    progress.report("unpacking " + zip.getFileName() + " into " + home);
                    Zips.unpack(zip, home, progress);
                    marker = List.of(unpacked, "");
                }
                if (!marker.get(1).equals(preparation)) {
                    prepare.accept(home);
                    Files.write(home.resolve(MARKER), List.of(unpacked, preparation), StandardCharsets.UTF_8);
                }
                return home;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot provision " + home, e);
        }
    }

    /** Size and modification time: enough to notice a rebuilt or upgraded zip. */
    public static String fingerprint(Path file) {
        try {
            return file.getFileName() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a preparation command of the distribution; its output goes to {@code home/../prepare.log}. */
    public static void run(Path home, List<String> command, Map<String, String> environment, Progress progress)
            throws IOException {
        Path log = home.getParent().resolve(home.getFileName() + "-prepare.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(Path.of("/dev/null").toFile());
        builder.environment().putAll(environment);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static List<String> readMarker(Path home) throws IOException {
        Path marker = home.resolve(MARKER);
        if (!Files.exists(marker)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        return lines.size() == 2 ? lines : List.of();
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
