package org.spatiallift.engine.frame;

import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.geom.Vec3;

/**
 * Gravity found from the structure of a scene ({@link GravityEstimator}).
 *
 * @param down             unit gravity in the camera frame
 * @param uncertaintyDeg   how far it may be off, degrees ({@link JointGravity})
 * @param supports         the horizontal planes below the camera, largest first; empty when only walls gave gravity
 * @param horizontalPlanes how many horizontal planes (supports and ceilings) it was fitted to
 * @param walls            how many walls it was fitted to
 */
record GravityEstimate(Vec3 down, double uncertaintyDeg, List<SupportPlane> supports, int horizontalPlanes,
                       int walls) {

    GravityEstimate {
        supports = List.copyOf(supports);
    }

    /** "2 horizontal planes and 3 walls, ±0.8°": what gravity was fitted to. */
    String evidence() {
        return String.format(Locale.ROOT, "gravity from %d horizontal plane%s and %d wall%s, ±%.1f°",
                horizontalPlanes, horizontalPlanes == 1 ? "" : "s", walls, walls == 1 ? "" : "s", uncertaintyDeg);
    }
}
