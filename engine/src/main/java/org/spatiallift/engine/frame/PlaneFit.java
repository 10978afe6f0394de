package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;

/** A fitted plane and the indices of its inliers in the cloud it was fitted to (RANSAC, Fischler &amp; Bolles 1981). */
public record PlaneFit(Plane plane, int[] inliers) {

    public int inlierCount() {
        return inliers.length;
    }
}
