package org.spatiallift.engine.geom;

/**
 * A box in the canonical frame rotated about the vertical z axis: centre, edge lengths along its own
 * axes (x', y', z) in metres, and yaw in degrees from the canonical x axis to x', counter-clockwise seen from above.
 */
public record OrientedBox(Vec3 center, Vec3 extents, double yawDeg) {
}
