package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Total-least-squares plane through points: the plane through their centroid c whose normal is the eigenvector of
 * the smallest eigenvalue of the covariance Σ (p − c)(p − c)ᵀ (principal component analysis). It minimises the sum of
 * squared perpendicular distances.
 */
public final class PlaneLeastSquares {

    private PlaneLeastSquares() {
    }

    /**
     * The best plane through the points {@code indices[0..count)} of the flat xyz array, or null when they do not
     * span a plane (fewer than 3 points, or all on a line).
     */
    public static Plane fit(float[] xyz, int[] indices, int count) {
        if (count < 3) {
            return null;
        }
        Scatter scatter = Scatter.of(xyz, indices, count);
        SymmetricEigen3 eigen = scatter.eigen();
        double[] l = eigen.values();
        if (!(l[1] > 1e-12 * Math.max(1e-300, l[2]))) {
            return null;
        }
        return Plane.through(scatter.centroid(), eigen.smallestVector());
    }

    /** The centroid of some points of a flat xyz array and the eigen-decomposition of their scatter about it. */
    record Scatter(Vec3 centroid, SymmetricEigen3 eigen) {

        /** Of the points {@code indices[0..count)}, count &gt; 0. */
        static Scatter of(float[] xyz, int[] indices, int count) {
            double mx = 0, my = 0, mz = 0;
            for (int t = 0; t < count; t++) {
                int i = 3 * indices[t];
                mx += xyz[i];
                my += xyz[i + 1];
                mz += xyz[i + 2];
            }
            mx /= count;
            my /= count;
            mz /= count;
            double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
            for (int t = 0; t < count; t++) {
                int i = 3 * indices[t];
                double dx = xyz[i] - mx, dy = xyz[i + 1] - my, dz = xyz[i + 2] - mz;
                xx += dx * dx;
                xy += dx * dy;
                xz += dx * dz;
                yy += dy * dy;
                yz += dy * dz;
                zz += dz * dz;
            }
            return new Scatter(new Vec3(mx, my, mz), SymmetricEigen3.of(xx, xy, xz, yy, yz, zz));
        }
    }

    /**
     * Robust refinement of {@code initial} by iteratively reweighted total least squares with Tukey's biweight
     * (Beaton &amp; Tukey 1974): each round weights a point at residual r = n·p + d by w = (1 − (r/c)²)² for |r| &lt; c
     * (else 0) and refits the weighted-PCA plane (weighted centroid, smallest eigenvector of the weighted
     * covariance), until the plane moves by less than 0.001° and 0.01 mm or after {@code rounds} rounds. Only points
     * within 2c of {@code initial} take part (gathered once). Unlike a hard inlier band, the result hardly depends on
     * the exact starting plane.
     *
     * @return the refined plane, or {@code initial} when too few points carry weight
     */
    public static Plane refineTukey(float[] xyz, int[] candidates, int count, Plane initial, double c, int rounds) {
        double band = 2 * c;
        double[] pts = new double[3 * count];
        int n = 0;
        double inx = initial.normal().x(), iny = initial.normal().y(), inz = initial.normal().z(), id = initial.offset();
        for (int t = 0; t < count; t++) {
            int i = 3 * candidates[t];
            double x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            if (Math.abs(inx * x + iny * y + inz * z + id) < band) {
                pts[3 * n] = x;
                pts[3 * n + 1] = y;
                pts[3 * n + 2] = z;
                n++;
            }
        }
        Plane plane = initial;
        double inv = 1 / c;
        for (int round = 0; round < rounds; round++) {
            double nx = plane.normal().x(), ny = plane.normal().y(), nz = plane.normal().z(), d = plane.offset();
            // Moments about o, a point of the current plane, so that the one-pass covariance does not cancel.
            double ox = -d * nx, oy = -d * ny, oz = -d * nz;
            double sw = 0, sx = 0, sy = 0, sz = 0, xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
            int used = 0;
            for (int k = 0; k < 3 * n; k += 3) {
                double x = pts[k] - ox, y = pts[k + 1] - oy, z = pts[k + 2] - oz;
                double r = (nx * x + ny * y + nz * z) * inv;
                double u = 1 - r * r;
                if (u > 0) {
                    double w = u * u;
                    sw += w;
                    sx += w * x;
                    sy += w * y;
                    sz += w * z;
                    xx += w * x * x;
                    xy += w * x * y;
                    xz += w * x * z;
                    yy += w * y * y;
                    yz += w * y * z;
                    zz += w * z * z;
                    used++;
                }
            }
            if (used < 3 || !(sw > 0)) {
                return plane;
            }
            double mx = sx / sw, my = sy / sw, mz = sz / sw;
            SymmetricEigen3 eigen = SymmetricEigen3.of(xx / sw - mx * mx, xy / sw - mx * my, xz / sw - mx * mz,
                    yy / sw - my * my, yz / sw - my * mz, zz / sw - mz * mz);
            if (!(eigen.values()[1] > 1e-12 * Math.max(1e-300, eigen.values()[2]))) {
                return plane;
            }
            Vec3 normal = eigen.smallestVector();
            if (normal.dot(plane.normal()) < 0) {
                normal = normal.times(-1);
            }
            Plane next = Plane.through(new Vec3(mx + ox, my + oy, mz + oz), normal);
            double turn = 1 - next.normal().dot(plane.normal());
            double shift = Math.abs(next.offset() - plane.offset());
            plane = next;
            if (turn < 1.5e-10 && shift < 1e-5) {
                break;
            }
        }
        return plane;
    }
}
