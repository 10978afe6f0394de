package org.spatiallift.engine.scene;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;

/**
 * One object of a lifted scene; every coordinate is in the canonical frame, in metres.
 *
 * @param id                  instance id from the label map
 * @param name                its name
 * @param pointCount          points kept after clustering
 * @param droppedPoints       points dropped as bleeding across depth edges (not in the main cluster)
 * @param centroidCanonical   mean of the kept points
 * @param boxCanonical        axis-aligned box of the kept points
 * @param orientedBoxCanonical box rotated about z (minimum footprint area)
 * @param bottomAboveFloorM   lowest kept point's height above the support plane
 * @param onFloor             the object reaches down to the support plane (bottom within the contact tolerance)
 * @param cloudIndices        indices of the kept points in the full-resolution cloud
 */
public record SceneObject(int id, String name, int pointCount, int droppedPoints, Vec3 centroidCanonical,
                          Box3 boxCanonical, OrientedBox orientedBoxCanonical, double bottomAboveFloorM,
                          boolean onFloor, int[] cloudIndices) {
}
