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
 * @param visibleFraction share of the object's area seen by the camera, in [0, 1]: its labelled pixels divided by the
 *                        pixels it covers when rendered without the other objects (occlusion only; the image border
 *                        cuts both counts; 0 when it is outside the image)
 */
public record TruthObject(int id, String name, int rgb, String shape, Box3 boxCanonical, Vec3 dims, double yawDeg,
                          double visibleFraction) {

    public TruthObject {
        if (id <= 0 || name == null || name.isBlank() || shape == null || boxCanonical == null || dims == null) {
            throw new IllegalArgumentException("a truth object needs an id > 0, a name, a shape, a box and dims");
        }
        if (!(visibleFraction >= 0 && visibleFraction <= 1)) {
            throw new IllegalArgumentException("visible fraction must lie in [0, 1], got " + visibleFraction);
        }
    }
}
