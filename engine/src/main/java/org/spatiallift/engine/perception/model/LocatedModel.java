package org.spatiallift.engine.perception.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model whose files match their SHA-256 ({@code sha256} by file name, sorted). Files are in {@code folder} unless
 * {@code paths} names another place for them (a local file the user chose).
 */
public record LocatedModel(ModelManifest manifest, Path folder, Map<String, String> sha256, Map<String, Path> paths) {

    public LocatedModel {
        sha256 = Collections.unmodifiableMap(new TreeMap<>(sha256));
        paths = Collections.unmodifiableMap(new TreeMap<>(paths));
    }

    /** Files in one folder. */
    public LocatedModel(ModelManifest manifest, Path folder, Map<String, String> sha256) {
        this(manifest, folder, sha256, Map.of());
    }

    /** Where the file of this name is. */
    public Path file(String name) {
        return paths.getOrDefault(name, folder.resolve(name));
    }

    /** The file the runtime loads first. */
    public Path graphFile() {
        return file(manifest.graph());
    }
}
