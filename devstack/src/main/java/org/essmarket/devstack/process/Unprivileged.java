package org.essmarket.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. When we are root (CI, containers) it runs as the
 * unprivileged user {@code nobody}, through {@code setpriv}; its own folders are handed over to
 * that user, and its distribution must be readable by it.
 */
public final class Unprivileged {

    public static final String USER = "nobody";
    public static final String GROUP = "nogroup";

    private Unprivileged() {
    }

    public static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The command prefix that drops root, or nothing when we are not root. */
    public static List<String> dropRootPrefix() {
        if (!runningAsRoot()) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups");
    }

    /** Whether {@code nobody} can reach {@code path}: every folder on the way must be searchable by others. */
    public static boolean reachableByOthers(Path path) {
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                try {
                    if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gives {@code folder} and everything below it to the unprivileged user (no-op unless root). */
    public static void handOver(Path folder) {
        if (!runningAsRoot()) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            UserPrincipalLookupService lookup = folder.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            for (Path p : (Iterable<Path>) tree::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + folder + " over to " + USER, e);
        }
    }
}
