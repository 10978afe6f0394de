package org.spatiallift.engine.qa.geometry;

import java.util.List;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;

/**
 * The measurements every QA category reads, precomputed once per scene into flat arrays (canonical frame, metres:
 * z up, origin on the floor under the camera, x right, y forward). For object i:
 * <ul>
 *   <li>lo(i, k), hi(i, k): its axis-aligned box, k = 0 (x), 1 (y), 2 (z);</li>
 *   <li>centre(i, k) = (lo + hi) / 2, the box centre (not the mean of the visible points, which leans towards
 *       the faces the camera sees);</li>
 *   <li>extent(i, k) = hi − lo: width (x, across the view), depth (y, along the view) and height (z);</li>
 *   <li>size(i) = ∛(x'·y'·z) of its oriented box, the edge of the cube of equal volume (m).</li>
 * </ul>
 * The camera is at (0, 0, cameraHeightM). Read-only after construction; safe to share between threads.
 */
public final class SceneGeometry {

    public static final int X = 0;
    public static final int Y = 1;
    public static final int Z = 2;

    private final int count;
    private final double[] lo;
    private final double[] hi;
    private final double[] size;
    private final double cameraHeightM;

    /** Geometry of {@code boxes} (with their oriented boxes, same order) seen by a camera {@code cameraHeightM} high. */
    public SceneGeometry(List<Box3> boxes, List<OrientedBox> oriented, double cameraHeightM) {
        if (boxes.size() != oriented.size()) {
            throw new IllegalArgumentException("need one oriented box per box, got " + boxes.size() + " and "
                    + oriented.size());
        }
        if (!Double.isFinite(cameraHeightM)) {
            throw new IllegalArgumentException("camera height must be finite, got " + cameraHeightM + " m");
        }
        count = boxes.size();
        lo = new double[3 * count];
        hi = new double[3 * count];
        size = new double[count];
        for (int i = 0; i < count; i++) {
            Box3 b = boxes.get(i);
            lo[3 * i] = b.min().x();
            lo[3 * i + 1] = b.min().y();
            lo[3 * i + 2] = b.min().z();
            hi[3 * i] = b.max().x();
            hi[3 * i + 1] = b.max().y();
            hi[3 * i + 2] = b.max().z();
            var e = oriented.get(i).extents();
            size[i] = Math.cbrt(Math.max(0, e.x() * e.y() * e.z()));
        }
        this.cameraHeightM = cameraHeightM;
    }

    public int count() {
        return count;
    }

    public double lo(int i, int axis) {
        return lo[3 * i + axis];
    }

    public double hi(int i, int axis) {
        return hi[3 * i + axis];
    }

    public double centre(int i, int axis) {
        return 0.5 * (lo[3 * i + axis] + hi[3 * i + axis]);
    }

    public double extent(int i, int axis) {
        return hi[3 * i + axis] - lo[3 * i + axis];
    }

    /** ∛ of the oriented box's volume, m. */
    public double size(int i) {
        return size[i];
    }

    public double cameraHeightM() {
        return cameraHeightM;
    }

    /** |c_i − c_j|: distance between the box centres, m. */
    public double centreDistance(int i, int j) {
        double dx = centre(i, X) - centre(j, X), dy = centre(i, Y) - centre(j, Y), dz = centre(i, Z) - centre(j, Z);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** √(Δc_x² + Δc_y²): distance between the box centres projected on the floor, m. */
    public double horizontalDistance(int i, int j) {
        double dx = centre(i, X) - centre(j, X), dy = centre(i, Y) - centre(j, Y);
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** max(0, lo_i − hi_j, lo_j − hi_i) along {@code axis}: the empty space between the boxes on that axis, m. */
    public double gap(int i, int j, int axis) {
        return Math.max(0, Math.max(lo(i, axis) - hi(j, axis), lo(j, axis) - hi(i, axis)));
    }

    /** min(hi_i, hi_j) − max(lo_i, lo_j) along {@code axis}: how far the boxes overlap (negative when apart), m. */
    public double overlap(int i, int j, int axis) {
        return Math.min(hi(i, axis), hi(j, axis)) - Math.max(lo(i, axis), lo(j, axis));
    }

    /** √(g_x² + g_y² + g_z²) with g the per-axis {@link #gap}: the distance between the closest points of the boxes, m. */
    public double surfaceDistance(int i, int j) {
        double gx = gap(i, j, X), gy = gap(i, j, Y), gz = gap(i, j, Z);
        return Math.sqrt(gx * gx + gy * gy + gz * gz);
    }

    /** √(g_x² + g_y²): the clear space between the boxes' footprints on the floor, m. */
    public double footprintGap(int i, int j) {
        double gx = gap(i, j, X), gy = gap(i, j, Y);
        return Math.sqrt(gx * gx + gy * gy);
    }

    /** |c_i − (0, 0, h)|: distance from the camera centre to the box centre, m. */
    public double cameraDistance(int i) {
        double dx = centre(i, X), dy = centre(i, Y), dz = centre(i, Z) - cameraHeightM;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
