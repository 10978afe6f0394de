package org.spatiallift.engine.validate;

import java.util.List;

import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.ConvexHull2;

/**
 * A vertical prism in the canonical frame (z up, metres): a convex footprint (counter-clockwise {x0, y0, x1, y1, …})
 * between two heights. Boxes are compared as prisms: a box standing along gravity is exactly one, and a box tilted by
 * a small gravity error becomes the prism around its corners.
 */
record Prism(double[] footprint, double zMin, double zMax) {

    /** Our object's box (rotated about z). */
    static Prism of(OrientedBox b) {
        double c = Math.cos(Math.toRadians(b.yawDeg()));
        double s = Math.sin(Math.toRadians(b.yawDeg()));
        double hx = b.extents().x() / 2;
        double hy = b.extents().y() / 2;
        double[] f = new double[8];
        double[][] local = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
        for (int i = 0; i < 4; i++) {
            f[2 * i] = b.center().x() + c * local[i][0] - s * local[i][1];
            f[2 * i + 1] = b.center().y() + s * local[i][0] + c * local[i][1];
        }
        return new Prism(f, b.center().z() - b.extents().z() / 2, b.center().z() + b.extents().z() / 2);
    }

    /** A ground-truth box (camera frame) moved into the canonical frame by {@code cameraToCanonical}. */
    static Prism of(GroundTruthBox b, RigidTransform cameraToCanonical) {
        List<Vec3> corners = b.corners(cameraToCanonical);
        float[] x = new float[8];
        float[] y = new float[8];
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 8; i++) {
            Vec3 p = corners.get(i);
            x[i] = (float) p.x();
            y[i] = (float) p.y();
            zMin = Math.min(zMin, p.z());
            zMax = Math.max(zMax, p.z());
        }
        return new Prism(ConvexHull2.of(x, y, 8), zMin, zMax);
    }

    double height() {
        return zMax - zMin;
    }

    double volume() {
        return area(footprint) * height();
    }

    /** Volume shared with {@code o}, m³. */
    double intersection(Prism o) {
        double dz = Math.min(zMax, o.zMax) - Math.max(zMin, o.zMin);
        return dz <= 0 ? 0 : area(clip(footprint, o.footprint)) * dz;
    }

    /** Intersection over union of the two volumes, in [0, 1]. */
    double iou(Prism o) {
        double inter = intersection(o);
        double union = volume() + o.volume() - inter;
        return union > 0 ? inter / union : 0;
    }

    /** Shoelace area of a polygon {x0, y0, …} (positive for counter-clockwise). */
    static double area(double[] p) {
        double a = 0;
        int n = p.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += p[2 * i] * p[2 * j + 1] - p[2 * j] * p[2 * i + 1];
        }
        return Math.abs(a) / 2;
    }

    /** {@code subject} clipped by the convex counter-clockwise {@code clip} polygon (Sutherland and Hodgman 1974). */
    static double[] clip(double[] subject, double[] clipPolygon) {
        double[] out = subject;
        int m = clipPolygon.length / 2;
        for (int e = 0; e < m && out.length >= 6; e++) {
            double ax = clipPolygon[2 * e];
            double ay = clipPolygon[2 * e + 1];
            double bx = clipPolygon[2 * ((e + 1) % m)];
            double by = clipPolygon[2 * ((e + 1) % m) + 1];
            double[] in = out;
            int n = in.length / 2;
            double[] next = new double[4 * n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                double px = in[2 * i];
                double py = in[2 * i + 1];
                double qx = in[2 * ((i + 1) % n)];
                double qy = in[2 * ((i + 1) % n) + 1];
                double sp = side(ax, ay, bx, by, px, py);
                double sq = side(ax, ay, bx, by, qx, qy);
                if (sp >= 0) {
                    next[k++] = px;
                    next[k++] = py;
                }
                if ((sp >= 0) != (sq >= 0)) {
                    double t = sp / (sp - sq);
                    next[k++] = px + t * (qx - px);
                    next[k++] = py + t * (qy - py);
                }
            }
            out = java.util.Arrays.copyOf(next, k);
        }
        return out.length >= 6 ? out : new double[0];
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
