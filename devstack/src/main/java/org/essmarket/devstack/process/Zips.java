package org.essmarket.devstack.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks a server distribution. Zip entries carry no Unix modes here, so scripts in bin/ are made executable. */
public final class Zips {

    private Zips() {
    }

    /** Unpacks {@code zip} into {@code target}, dropping the archive's single top folder. */
    public static void unpack(Path zip, Path target, Progress progress) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            int total = archive.size();
            int done = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                done++;
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = target.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (out.getParent().getFileName().toString().equals("bin")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
                if (done % 500 == 0 || done == total) {
                    progress.report("unpacking " + zip.getFileName() + " " + (100 * done / total) + "%");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        }
    }
}
