package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a scene's objects and depth came from, for provenance.
 *
 * @param objects "labels" (a label map and names), "synthetic" (a generated scene), "detector" or "annotations"
 *                (annotated boxes; the file and its SHA-256 are among {@code models})
 * @param models  models used to build the scene (empty for label maps and synthetic scenes), the depth model among
 *                them when depth was estimated
 * @param depth   {@link #DEPTH_FILE} (measured, read from a depth file), {@link #DEPTH_MODEL} (estimated from the photo
 *                by the model in {@code models} with role "metric_depth", not measured) or "synthetic"
 */
public record SceneSource(String objects, List<ModelRef> models, String depth) {

    /** Depth read from a depth file: measured by a sensor (or given by the dataset). */
    public static final String DEPTH_FILE = "file";
    /** Depth estimated from the photo by a monocular depth model: not measured. */
    public static final String DEPTH_MODEL = "model";
    /** The role of the depth model among {@link #models()}. */
    public static final String DEPTH_ROLE = "metric_depth";

    public static final SceneSource LABELS = new SceneSource("labels", List.of());
    public static final SceneSource SYNTHETIC = new SceneSource("synthetic", List.of(), "synthetic");
    /** {@link #objects()} of scenes whose objects came from annotated boxes. */
    public static final String ANNOTATIONS = "annotations";

    public SceneSource {
        if (objects == null || objects.isBlank()) {
            throw new IllegalArgumentException("a scene source needs to say where its objects came from");
        }
        if (depth == null || depth.isBlank()) {
            throw new IllegalArgumentException("a scene source needs to say where its depth came from");
        }
        models = List.copyOf(models);
        if (DEPTH_MODEL.equals(depth) && models.stream().noneMatch(m -> DEPTH_ROLE.equals(m.role()))) {
            throw new IllegalArgumentException("estimated depth needs its model among the models");
        }
    }

    /** Objects from {@code objects}, depth from depth files. */
    public SceneSource(String objects, List<ModelRef> models) {
        this(objects, models, DEPTH_FILE);
    }

    /** The same source with depth estimated by {@code depthModel} (its role becomes "metric_depth"). */
    public SceneSource withEstimatedDepth(ModelRef depthModel) {
        List<ModelRef> all = new ArrayList<>(models);
        all.add(new ModelRef(depthModel.id(), DEPTH_ROLE, depthModel.sha256(), depthModel.revision()));
        return new SceneSource(objects, all, DEPTH_MODEL);
    }

    /** True when the depth was estimated by a model rather than measured. */
    public boolean depthEstimated() {
        return DEPTH_MODEL.equals(depth);
    }

    /** The depth model, or null when depth was not estimated. */
    public ModelRef depthModel() {
        return models.stream().filter(m -> DEPTH_ROLE.equals(m.role())).findFirst().orElse(null);
    }
}
