package org.spatiallift.app.render;

/**
 * A frozen camera pose: canonical → camera coordinates by the 3×4 row-major matrix {@code m} (x right, y down, z depth
 * in metres), then the pinhole u = cx + f·x/z, v = cy + f·y/z onto a {@code width} × {@code height} image (pixel
 * (i, j) covers u ∈ [i, i + 1), v ∈ [j, j + 1)). Points nearer than {@code near} metres are not drawn.
 */
public record Projection(double[] m, double f, double cx, double cy, int width, int height, double near) {

    /** Camera coordinates {x, y, z} of a canonical point. */
    public double[] toCamera(double x, double y, double z) {
        return new double[] {m[0] * x + m[1] * y + m[2] * z + m[3], m[4] * x + m[5] * y + m[6] * z + m[7],
            m[8] * x + m[9] * y + m[10] * z + m[11]};
    }

    /** {u, v, depth} of a canonical point (pixels, metres), or null when it is nearer than the near plane or behind. */
    public double[] project(double x, double y, double z) {
        double[] c = toCamera(x, y, z);
        if (c[2] <= near) {
            return null;
        }
        return new double[] {cx + f * c[0] / c[2], cy + f * c[1] / c[2], c[2]};
    }
}
