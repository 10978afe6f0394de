package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * How far a fitted plane's normal can be trusted: half the angle between the least-squares normals of its two
 * halves, split at the centroid across the inliers' longest in-plane axis. A flat surface gives about 0°; real depth
 * bends large planes by a few centimetres (radial lens and sensor distortion), which tilts the halves apart, and the
 * whole plane's normal is about halfway between them.
 */
final class NormalSpread {

    private static final int MAX_POINTS = 4000;

    private NormalSpread() {
    }

    /** The spread of {@code fit}'s normal in degrees, fitted to {@code xyz} (at most 4000 inliers, evenly strided). */
    static double of(float[] xyz, PlaneFit fit) {
        int[] inliers = fit.inliers();
        int stride = Math.max(1, (inliers.length + MAX_POINTS - 1) / MAX_POINTS);
        int n = (inliers.length + stride - 1) / stride;
        if (n < 6) {
            return 0;
        }
        int[] sample = new int[n];
        for (int k = 0; k < n; k++) {
            sample[k] = inliers[k * stride];
        }
        PlaneLeastSquares.Scatter scatter = PlaneLeastSquares.Scatter.of(xyz, sample, n);
        Vec3 axis = scatter.eigen().vectors()[2];
        Vec3 m = scatter.centroid();
        int[] low = new int[n], high = new int[n];
        int nl = 0, nh = 0;
        for (int k = 0; k < n; k++) {
            int p = sample[k];
            int i = 3 * p;
            double along = (xyz[i] - m.x()) * axis.x() + (xyz[i + 1] - m.y()) * axis.y()
                    + (xyz[i + 2] - m.z()) * axis.z();
            if (along < 0) {
                low[nl++] = p;
            } else {
                high[nh++] = p;
            }
        }
        Plane a = PlaneLeastSquares.fit(xyz, low, nl);
        Plane b = PlaneLeastSquares.fit(xyz, high, nh);
        if (a == null || b == null) {
            return 0;
        }
        double cos = Math.min(1, Math.abs(a.normal().dot(b.normal())));
        return Math.toDegrees(Math.acos(cos)) / 2;
    }
}
