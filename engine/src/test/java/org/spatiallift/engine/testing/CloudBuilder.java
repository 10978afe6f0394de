package org.spatiallift.engine.testing;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/** Builds analytic point clouds for tests: points, sampled rectangles and boxes, seeded noise. */
public final class CloudBuilder {

    private final SplittableRandom random;
    private float[] xyz = new float[3 * 1024];
    private int[] rgb = new int[1024];
    private int size;

    public CloudBuilder(long seed) {
        random = new SplittableRandom(seed);
    }

    public int size() {
        return size;
    }

    public CloudBuilder add(double x, double y, double z, int color) {
        if (size == rgb.length) {
            xyz = Arrays.copyOf(xyz, 6 * size);
            rgb = Arrays.copyOf(rgb, 2 * size);
        }
        xyz[3 * size] = (float) x;
        xyz[3 * size + 1] = (float) y;
        xyz[3 * size + 2] = (float) z;
        rgb[size++] = color;
        return this;
    }

    public CloudBuilder add(Vec3 p, int color) {
        return add(p.x(), p.y(), p.z(), color);
    }

    /**
     * A rectangle centred at {@code center} spanned by unit axes u and v, sampled on a grid of {@code spacingM}
     * with Gaussian noise of {@code noiseM} along u × v.
     */
    public CloudBuilder rectangle(Vec3 center, Vec3 u, Vec3 v, double sizeU, double sizeV, double spacingM,
                                  double noiseM, int color) {
        Vec3 n = u.cross(v).normalized();
        int nu = (int) Math.round(sizeU / spacingM), nv = (int) Math.round(sizeV / spacingM);
        for (int i = 0; i <= nu; i++) {
            for (int j = 0; j <= nv; j++) {
                double a = -sizeU / 2 + i * sizeU / Math.max(1, nu);
                double b = -sizeV / 2 + j * sizeV / Math.max(1, nv);
                add(center.plus(u.times(a)).plus(v.times(b)).plus(n.times(gaussian() * noiseM)), color);
            }
        }
        return this;
    }

    /** The surface of a box standing on z = bottom, centred at (cx, cy), rotated by yawDeg about z. */
    public CloudBuilder box(double cx, double cy, double bottom, double dx, double dy, double dz, double yawDeg,
                            double spacingM, int color) {
        double yaw = Math.toRadians(yawDeg);
        Vec3 ex = new Vec3(Math.cos(yaw), Math.sin(yaw), 0), ey = new Vec3(-Math.sin(yaw), Math.cos(yaw), 0);
        Vec3 ez = Vec3.UNIT_Z;
        Vec3 c = new Vec3(cx, cy, bottom + dz / 2);
        rectangle(c.plus(ez.times(dz / 2)), ex, ey, dx, dy, spacingM, 0, color);
        rectangle(c.minus(ez.times(dz / 2)), ex, ey, dx, dy, spacingM, 0, color);
        rectangle(c.plus(ex.times(dx / 2)), ey, ez, dy, dz, spacingM, 0, color);
        rectangle(c.minus(ex.times(dx / 2)), ey, ez, dy, dz, spacingM, 0, color);
        rectangle(c.plus(ey.times(dy / 2)), ex, ez, dx, dz, spacingM, 0, color);
        rectangle(c.minus(ey.times(dy / 2)), ex, ez, dx, dz, spacingM, 0, color);
        return this;
    }

    /** {@code count} points uniform in the axis-aligned box [min, max]. */
    public CloudBuilder uniform(Vec3 min, Vec3 max, int count, int color) {
        for (int i = 0; i < count; i++) {
            add(min.x() + random.nextDouble() * (max.x() - min.x()), min.y() + random.nextDouble() * (max.y() - min.y()),
                    min.z() + random.nextDouble() * (max.z() - min.z()), color);
        }
        return this;
    }

    public double gaussian() {
        // Box-Muller from the seeded generator.
        double u1 = 1 - random.nextDouble(), u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The points so far, pixel index = point index. */
    public PointCloud build(CoordinateFrame frame) {
        int[] pixel = new int[size];
        for (int i = 0; i < size; i++) {
            pixel[i] = i;
        }
        return new PointCloud(frame, size, Arrays.copyOf(xyz, 3 * size), Arrays.copyOf(rgb, size), pixel);
    }

    /** The points so far mapped by {@code transform}, in {@code frame}. */
    public PointCloud build(RigidTransform transform, CoordinateFrame frame) {
        return build(frame).transformed(transform, frame);
    }
}
