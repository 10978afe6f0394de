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
        double mx = 0, my = 0, mz = 0;
        for (int k = 0; k < n; k++) {
            int i = 3 * inliers[k * stride];
            mx += xyz[i];
            my += xyz[i + 1];
            mz += xyz[i + 2];
        }
        mx /= n;
        my /= n;
        mz /= n;
        double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
        for (int k = 0; k < n; k++) {
            int i = 3 * inliers[k * stride];
            double dx = xyz[i] - mx, dy = xyz[i + 1] - my, dz = xyz[i + 2] - mz;
            xx += dx * dx;
            xy += dx * dy;
            xz += dx * dz;
            yy += dy * dy;
            yz += dy * dz;
            zz += dz * dz;
        }
        Vec3 axis = SymmetricEigen3.of(xx, xy, xz, yy, yz, zz).vectors()[2];
        int[] low = new int[n], high = new int[n];
        int nl = 0, nh = 0;
        for (int k = 0; k < n; k++) {
            int p = inliers[k * stride];
            int i = 3 * p;
            double along = (xyz[i] - mx) * axis.x() + (xyz[i + 1] - my) * axis.y() + (xyz[i + 2] - mz) * axis.z();
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
