package org.spatiallift.engine.perception.model;

import java.nio.file.Path;
import java.util.Map;

/** A model whose files are in {@code folder} and match their recorded SHA-256 ({@code sha256} by file
 * name, sorted). */
public record LocatedModel(ModelManifest manifest, Path folder, Map<String, String> sha256) {

    public LocatedModel {
        sha256 = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sha256));
    }

    /** The file the runtime loads first. */
    public Path graphFile() {
        return folder.resolve(manifest.graph());
    }
}
