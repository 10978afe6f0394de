package org.spatiallift.engine.cloud;

/** The frame a point cloud's coordinates are in (metres). */
public enum CoordinateFrame {
    /** x right, y down, z forward, origin at the camera centre. */
    CAMERA,
    /** z up against gravity, origin on the floor below the camera, x the camera's right projected on the floor, y forward. */
    CANONICAL
}
