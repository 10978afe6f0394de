package org.spatiallift.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files for fuzz tests: the readers under test take paths, so each fuzz input is written to a file in one temporary
 * folder per JVM (removed at exit). Fuzz tests run on one thread, so a file name can be reused from input to input.
 */
public final class FuzzFiles {

    private static Path dir;

    private FuzzFiles() {
    }

    /** Writes {@code data} to {@code name} in the fuzz folder (replacing what was there) and returns its path. */
    public static Path write(String name, byte[] data) {
        Path file = folder().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** An empty sub-folder of the fuzz folder, made anew (what was in it is removed). */
    public static Path emptyFolder(String name) {
        Path sub = folder().resolve(name);
        try {
            deleteTree(sub);
            return Files.createDirectories(sub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path folder() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("spatiallift-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path d = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(d);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }));
        }
        return dir;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
