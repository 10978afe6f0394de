package org.spatiallift.engine.frame;

import java.util.Arrays;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Vec3;

/**
 * The extent of a plane's inliers within the plane: the spans between the 2nd and 98th percentiles of their
 * coordinates along the two principal axes of the projected points (so a few stray inliers do not count).
 *
 * @param longM  span along the principal axis, metres
 * @param shortM span across it, metres
 */
public record PlaneFootprint(double longM, double shortM) {

    private static final int MAX_POINTS = 4000;
    private static final double LOW = 0.02, HIGH = 0.98;

    /** The footprint of {@code fit}'s inliers in {@code cloud} (at most 4000 of them, evenly strided). */
    public static PlaneFootprint of(PointCloud cloud, PlaneFit fit) {
        int[] inliers = fit.inliers();
        int stride = Math.max(1, (inliers.length + MAX_POINTS - 1) / MAX_POINTS);
        int n = (inliers.length + stride - 1) / stride;
        if (n < 2) {
            return new PlaneFootprint(0, 0);
        }
        Vec3 normal = fit.plane().normal();
        Vec3 helper = Math.abs(normal.x()) < 0.9 ? Vec3.UNIT_X : Vec3.UNIT_Y;
        Vec3 e1 = helper.minus(normal.times(normal.dot(helper))).normalized();
        Vec3 e2 = normal.cross(e1);
        double[] a = new double[n], b = new double[n];
        double ma = 0, mb = 0;
        for (int k = 0; k < n; k++) {
            Vec3 p = cloud.point(inliers[k * stride]);
            a[k] = p.dot(e1);
            b[k] = p.dot(e2);
            ma += a[k];
            mb += b[k];
        }
        ma /= n;
        mb /= n;
        double saa = 0, sab = 0, sbb = 0;
        for (int k = 0; k < n; k++) {
            saa += (a[k] - ma) * (a[k] - ma);
            sab += (a[k] - ma) * (b[k] - mb);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        // Principal direction of the 2x2 covariance: angle ½·atan2(2·sab, saa − sbb).
        double angle = 0.5 * Math.atan2(2 * sab, saa - sbb);
        double c = Math.cos(angle), s = Math.sin(angle);
        double[] along = new double[n], across = new double[n];
        for (int k = 0; k < n; k++) {
            along[k] = c * a[k] + s * b[k];
            across[k] = -s * a[k] + c * b[k];
        }
        double spanAlong = span(along), spanAcross = span(across);
        return new PlaneFootprint(Math.max(spanAlong, spanAcross), Math.min(spanAlong, spanAcross));
    }

    private static double span(double[] values) {
        Arrays.sort(values);
        int last = values.length - 1;
        return values[(int) Math.round(HIGH * last)] - values[(int) Math.round(LOW * last)];
    }
}
