package org.spatiallift.engine.sample;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Vec3;

/**
 * Ground truth of one generated object, canonical frame, metres.
 *
 * @param id         its instance id in the label map
 * @param name       its name
 * @param rgb        its base colour 0xRRGGBB
 * @param shape      "box", "cylinder" or "sphere"
 * @param boxCanonical axis-aligned box of the whole shape (not just its visible part)
 * @param dims       edge lengths along the object's own axes (x', y', z)
 * @param yawDeg     rotation about z from canonical x to x', counter-clockwise seen from above
 * @param visibleFraction share of the object's area seen by the camera, in [0, 1] (estimated)
 */
public record TruthObject(int id, String name, int rgb, String shape, Box3 boxCanonical, Vec3 dims, double yawDeg,
                          double visibleFraction) {
}
