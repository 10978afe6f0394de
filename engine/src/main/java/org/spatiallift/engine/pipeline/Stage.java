package org.spatiallift.engine.pipeline;

/** The stages of a lift, in order; each is timed on its own. */
public enum Stage {
    BACK_PROJECT("back_project"),
    VOXEL("voxel"),
    OUTLIERS("outliers"),
    PLANES("planes"),
    FLOOR("floor"),
    CANONICAL("canonical"),
    /** Object detection (with a detector only). */
    DETECT("detect"),
    /** Masks from the detections (with a detector only). */
    MASKS("masks"),
    OBJECTS("objects"),
    /** Captions and referring expressions (whenever there are objects to look for). */
    DESCRIBE("describe"),
    /** The scene filter's verdict (whenever there are objects to look for). */
    SCENE_FILTER("scene_filter");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The name used in JSON and logs ("back_project", "voxel", ...). */
    public String key() {
        return key;
    }
}
