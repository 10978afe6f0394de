package org.spatiallift.engine.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a project records of an image file when a decision on its QA is stored: its size and SHA-256. An
 * imagefolder export copies a file only when it still matches (docs/decisions/0010).
 *
 * @param bytes  the file's size in bytes
 * @param sha256 the SHA-256 of its content, lower-case hex
 */
public record ImageFingerprint(long bytes, String sha256) {

    public ImageFingerprint {
        if (bytes < 0) {
            throw new IllegalArgumentException("a file size cannot be negative: " + bytes + " bytes");
        }
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads {@code file} once and fingerprints it. */
    public static ImageFingerprint of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                n += r;
            }
        }
        return new ImageFingerprint(n, HexFormat.of().formatHex(sha.digest()));
    }
}
