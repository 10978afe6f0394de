package org.spatiallift.engine.scene;

/**
 * The minimum-area rectangle enclosing 2-D points (an object's footprint seen from above, canonical x-y).
 *
 * <p>The minimum-area enclosing rectangle of a convex polygon has a side collinear with one of its edges
 * (Freeman &amp; Shapira 1975), so it is found by rotating calipers over the convex hull ({@link ConvexHull2}):
 * for each hull edge with unit direction u and normal v, the rectangle aligned with (u, v) spans the hull
 * vertices' min..max projections; the smallest area wins (the first on a tie). The projections are evaluated
 * directly for each edge, O(h²) in the h hull vertices, which are few.
 *
 * @param centerX centre, metres
 * @param centerY centre, metres
 * @param lengthM the longer side, metres
 * @param widthM  the shorter side, metres
 * @param yawDeg  angle from +x to the longer side, counter-clockwise, in (−90°, 90°]
 */
public record FootprintRectangle(double centerX, double centerY, double lengthM, double widthM, double yawDeg) {

    /** The minimum-area rectangle around the first n points (x[i], y[i]). */
    public static FootprintRectangle of(float[] x, float[] y, int n) {
        if (n == 0) {
            throw new IllegalArgumentException("a footprint needs at least one point");
        }
        double[] hull = ConvexHull2.of(x, y, n);
        int h = hull.length / 2;
        if (h == 1) {
            return new FootprintRectangle(hull[0], hull[1], 0, 0, 0);
        }
        double bestArea = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (int e = 0; e < h; e++) {
            int next = (e + 1) % h;
            double ux = hull[2 * next] - hull[2 * e], uy = hull[2 * next + 1] - hull[2 * e + 1];
            double len = Math.hypot(ux, uy);
            if (len == 0) {
                continue;
            }
            ux /= len;
            uy /= len;
            double minU = Double.POSITIVE_INFINITY, maxU = Double.NEGATIVE_INFINITY;
            double minV = Double.POSITIVE_INFINITY, maxV = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < h; k++) {
                double px = hull[2 * k], py = hull[2 * k + 1];
                double pu = ux * px + uy * py, pv = -uy * px + ux * py;
                minU = Math.min(minU, pu);
                maxU = Math.max(maxU, pu);
                minV = Math.min(minV, pv);
                maxV = Math.max(maxV, pv);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea - 1e-15) {
                bestArea = area;
                best = new double[] {ux, uy, minU, maxU, minV, maxV};
            }
        }
        double ux = best[0], uy = best[1];
        double cu = (best[2] + best[3]) / 2, cv = (best[4] + best[5]) / 2;
        double lu = best[3] - best[2], lv = best[5] - best[4];
        double cx = ux * cu - uy * cv, cy = uy * cu + ux * cv;
        // The longer side's direction: u, or v = (−uy, ux).
        double dx = lu >= lv ? ux : -uy, dy = lu >= lv ? uy : ux;
        return new FootprintRectangle(cx, cy, Math.max(lu, lv), Math.min(lu, lv), normalizedYaw(Math.toDegrees(Math.atan2(dy, dx))));
    }

    /** A direction's angle folded into (−90°, 90°] (a side has no sign). */
    static double normalizedYaw(double deg) {
        double yaw = deg % 180;
        if (yaw <= -90) {
            yaw += 180;
        } else if (yaw > 90) {
            yaw -= 180;
        }
        return yaw;
    }
}
