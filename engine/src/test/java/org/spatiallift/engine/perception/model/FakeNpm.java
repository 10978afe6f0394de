package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** A stand-in for npm in tests: a shell script whose {@code pack} copies a prepared tarball to --pack-destination. */
final class FakeNpm {

    private FakeNpm() {
    }

    /** Writes an npm-style .tgz with the given (name, content) pairs. */
    static Path tarball(Path file, Object... entries) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                out.write(TarGz.entry((String) entries[i], (byte[]) entries[i + 1]));
            }
            out.write(new byte[1024]);
        }
        return file;
    }

    /**
     * Writes an npm-style .tgz with one crafted entry: its header declares {@code declaredSize} bytes (or carries
     * {@code declaredSize} as the raw text of the size field when it is a String), and only {@code data} follows,
     * without padding or end blocks (a truncated archive when the declared size is larger).
     */
    static Path tarball(Path file, String name, Object declaredSize, byte[] data) throws IOException {
        byte[] header = Arrays.copyOf(TarGz.entry(name, new byte[0]), 512);
        String field = declaredSize instanceof Long l ? String.format("%011o", l) : (String) declaredSize;
        Arrays.fill(header, 124, 136, (byte) 0);
        byte[] f = field.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(f, 0, header, 124, Math.min(12, f.length));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(header);
            out.write(data);
        }
        return file;
    }

    /** A script that answers --version and copies {@code tgz} on "pack … --pack-destination DIR". */
    static Path script(Path dir, Path tgz) throws IOException {
        Path npm = dir.resolve("npm");
        Files.writeString(npm, """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo 10.0.0; exit 0; fi
            dest=""
            while [ $# -gt 0 ]; do
              if [ "$1" = "--pack-destination" ]; then dest="$2"; fi
              shift
            done
            cp '%s' "$dest/fake-1.0.0.tgz"
            echo fake-1.0.0.tgz
            """.formatted(tgz));
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
        return npm;
    }
}
