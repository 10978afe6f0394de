package org.spatiallift.engine.perception.model;

/**
 * One file of a model: its name in the model folder, where it comes from ({@code npm:PACKAGE@VERSION:PATH}), its
 * SHA-256 (lower-case hex) and its size in bytes.
 */
public record ModelFile(String name, String source, String sha256, long sizeBytes) {

    public ModelFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a model file name must be a plain file name, got " + name);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": sha256 must be 64 lower-case hex digits, got " + sha256);
        }
    }

    /** The path inside the package: the part of {@code source} after the second colon ("models/centernet.json"). */
    public String pathInPackage() {
        int second = source.indexOf(':', source.indexOf(':') + 1);
        return second < 0 ? name : source.substring(second + 1);
    }
}
