package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Plane;

/**
 * The depth of each pixel of a {@link BoxRegion} and its class: no depth (0, or outside the lift's depth range),
 * support (its 3-D point p = ((u − cx)·z / fx, (v − cy)·z / fy, z) lies at most {@code supportBandM} above the
 * support plane or below it: height = −(n·p + d) for the plane n·p + d = 0 with n pointing down), or valid.
 */
final class RegionDepth {

    static final byte NONE = 0;
    static final byte SUPPORT = 1;
    static final byte VALID = 2;

    final float[] z;
    final byte[] kind;

    private RegionDepth(float[] z, byte[] kind) {
        this.z = z;
        this.kind = kind;
    }

    static RegionDepth of(MaskInput in, BoxRegion r, double supportBandM) {
        int w = r.width(), h = r.height();
        float[] z = new float[w * h];
        byte[] kind = new byte[w * h];
        float[] depth = in.depth().metres();
        int stride = in.width();
        Intrinsics k = in.intrinsics();
        Plane plane = in.supportPlaneCamera();
        double nx = 0, ny = 0, nz = 0, d = 0;
        if (plane != null) {
            nx = plane.normal().x();
            ny = plane.normal().y();
            nz = plane.normal().z();
            d = plane.offset();
        }
        for (int j = 0; j < h; j++) {
            int v = r.y0() + j;
            double fy = (v - k.cy()) / k.fy();
            for (int i = 0; i < w; i++) {
                int u = r.x0() + i;
                float zi = depth[v * stride + u];
                int t = j * w + i;
                if (!(zi > in.minDepthM() && zi <= in.maxDepthM())) {
                    continue;
                }
                z[t] = zi;
                kind[t] = VALID;
                if (plane != null) {
                    double fx = (u - k.cx()) / k.fx();
                    double height = -(nx * fx * zi + ny * fy * zi + nz * zi + d);
                    if (height <= supportBandM) {
                        kind[t] = SUPPORT;
                    }
                }
            }
        }
        return new RegionDepth(z, kind);
    }
}
