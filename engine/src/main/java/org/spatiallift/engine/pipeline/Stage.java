package org.spatiallift.engine.pipeline;

/** The stages of a lift, in order; each is timed on its own. */
public enum Stage {
    BACK_PROJECT("back_project"),
    VOXEL("voxel"),
    OUTLIERS("outliers"),
    PLANES("planes"),
    FLOOR("floor"),
    CANONICAL("canonical"),
    OBJECTS("objects");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The name used in JSON and logs ("back_project", "voxel", ...). */
    public String key() {
        return key;
    }
}
