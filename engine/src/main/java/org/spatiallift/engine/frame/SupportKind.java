package org.spatiallift.engine.frame;

/** What the canonical frame stands on. */
public enum SupportKind {
    /** The largest roughly horizontal plane below the camera, taken as the floor. */
    FLOOR,
    /** No floor seen: a table top (a smaller horizontal plane below the camera) stands in for it. */
    TABLE,
    /** No usable plane: an upright camera is assumed and the scene is not canonical. */
    NONE
}
