package org.spatiallift.engine.cloud;

import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/**
 * Points in metres in {@code frame}, stored flat for speed: point i is (xyz[3i], xyz[3i+1], xyz[3i+2]),
 * its colour rgb[i] (0xRRGGBB), and pixel[i] the source pixel index v·width + u in the image it was lifted from
 * (so masks map to points). Arrays are owned by the cloud: stages build new arrays and never mutate a cloud.
 */
public record PointCloud(CoordinateFrame frame, int size, float[] xyz, int[] rgb, int[] pixel) {

    public PointCloud {
        if (size < 0 || xyz.length < 3L * size || rgb.length < size || pixel.length < size) {
            throw new IllegalArgumentException("point cloud arrays are shorter than its size " + size);
        }
    }

    public static PointCloud empty(CoordinateFrame frame) {
        return new PointCloud(frame, 0, new float[0], new int[0], new int[0]);
    }

    public float x(int i) {
        return xyz[3 * i];
    }

    public float y(int i) {
        return xyz[3 * i + 1];
    }

    public float z(int i) {
        return xyz[3 * i + 2];
    }

    public Vec3 point(int i) {
        return new Vec3(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
    }

    /** A new cloud with every point mapped by {@code transform} into {@code target}. */
    public PointCloud transformed(RigidTransform transform, CoordinateFrame target) {
        var r = transform.rotation();
        var t = transform.translation();
        float[] out = new float[3 * size];
        for (int i = 0; i < size; i++) {
            double x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            out[3 * i] = (float) (r.m00() * x + r.m01() * y + r.m02() * z + t.x());
            out[3 * i + 1] = (float) (r.m10() * x + r.m11() * y + r.m12() * z + t.y());
            out[3 * i + 2] = (float) (r.m20() * x + r.m21() * y + r.m22() * z + t.z());
        }
        return new PointCloud(target, size, out, rgb, pixel);
    }

    /** The points whose indices are listed, in that order. */
    public PointCloud select(int[] indices, int count) {
        float[] x = new float[3 * count];
        int[] c = new int[count];
        int[] p = new int[count];
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            x[3 * k] = xyz[3 * i];
            x[3 * k + 1] = xyz[3 * i + 1];
            x[3 * k + 2] = xyz[3 * i + 2];
            c[k] = rgb[i];
            p[k] = pixel[i];
        }
        return new PointCloud(frame, count, x, c, p);
    }
}
