package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Vec3;

/**
 * One plane as evidence of gravity: a horizontal plane's normal is parallel to gravity, a wall's perpendicular.
 *
 * @param normal        unit normal in the camera frame (either sign)
 * @param weight        its support: inlier count of the 2 cm voxel cloud, proportional to its visible area
 * @param horizontal    true for a horizontal plane (floor, table or counter top, ceiling), false for a wall
 * @param ownSpreadDeg  how uncertain its own normal is, degrees ({@link NormalSpread})
 */
record PlaneEvidence(Vec3 normal, double weight, boolean horizontal, double ownSpreadDeg) {
}
