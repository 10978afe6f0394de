package org.spatiallift.engine.perception.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the cache holds of one model ({@link ModelStore#check}): the files present and intact with their SHA-256, the
 * files missing, and the files present but damaged (wrong size or hash) with the problem of each. A model is installed
 * when nothing is missing or damaged, not installed when nothing of it is there, and partially installed otherwise
 * (issue #9: {@code models verify} used to skip such a model and report success).
 *
 * @param intact   file name → SHA-256, in manifest order
 * @param missing  names of files not in the folder, in manifest order
 * @param damaged  file name → problem ("has 2 bytes, the manifest gives 4030290"), in manifest order
 * @param partKept true when an interrupted download left a {@code .part} that the next install resumes
 */
public record ModelCheck(ModelManifest model, Path folder, Map<String, String> intact, List<String> missing,
        Map<String, String> damaged, boolean partKept) {

    public ModelCheck {
        intact = Collections.unmodifiableMap(new LinkedHashMap<>(intact));
        missing = List.copyOf(missing);
        damaged = Collections.unmodifiableMap(new LinkedHashMap<>(damaged));
    }

    /** Every file present and intact. */
    public boolean complete() {
        return missing.isEmpty() && damaged.isEmpty();
    }

    /** Nothing of the model in the cache: no file, no part. */
    public boolean absent() {
        return intact.isEmpty() && damaged.isEmpty() && !partKept;
    }

    /** Some of it there, but not all of it intact. */
    public boolean partial() {
        return !complete() && !absent();
    }

    /** "missing a, b; damaged c: has 2 bytes, …" for a message, or "" when complete. */
    public String problems() {
        StringBuilder b = new StringBuilder();
        if (!missing.isEmpty()) {
            b.append("missing ").append(String.join(", ", missing));
            if (partKept) {
                b.append(" (an interrupted download's part is kept)");
            }
        }
        if (!damaged.isEmpty()) {
            b.append(b.length() > 0 ? "; " : "").append("damaged ").append(damaged.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b.toString();
    }
}
