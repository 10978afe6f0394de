package org.spatiallift.engine.qa;

import java.util.List;

/**
 * Where a scene's objects came from, for provenance.
 *
 * @param objects "labels" (a label map and names), "synthetic" (a generated scene), "detector" or "annotations"
 *                (annotated boxes; the file and its SHA-256 are among {@code models})
 * @param models  models used to build the scene (empty for label maps and synthetic scenes)
 */
public record SceneSource(String objects, List<ModelRef> models) {

    public static final SceneSource LABELS = new SceneSource("labels", List.of());
    public static final SceneSource SYNTHETIC = new SceneSource("synthetic", List.of());
    /** {@link #objects()} of scenes whose objects came from annotated boxes. */
    public static final String ANNOTATIONS = "annotations";

    public SceneSource {
        if (objects == null || objects.isBlank()) {
            throw new IllegalArgumentException("a scene source needs to say where its objects came from");
        }
        models = List.copyOf(models);
    }
}
