package org.spatiallift.engine.perception.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.PixelBox;

/**
 * Measures shadow detections without masks: the middle half of each box (a quarter of its width and height in from
 * each side, where the object most likely is) gives its colour pixels and its depth, the median of the valid depths
 * in range. Its position is the box centre back-projected at that depth, x = (u − cx)·z / fx, y = (v − cy)·z / fy,
 * then moved to the canonical frame; its width and height are the box's at that depth (depths in (min, max]). Fewer than
 * {@value #MIN_DEPTHS} valid depths leave the position and size unknown (NaN). Stateless.
 */
public final class ShadowMeasure {

    static final int MIN_DEPTHS = 10;

    private ShadowMeasure() {
    }

    /**
     * @param shadows           the weaker detections, boxes in the colour image's pixels
     * @param color             the colour image (each shadow's colour: the middle half of its box)
     * @param depth             the depth image (metres), aligned with the colour image (any resolution)
     * @param intrinsics        the camera intrinsics, for the intrinsics' own resolution
     * @param cameraToCanonical the canonical frame's transform
     * @param minDepthM         depths outside (minDepthM, maxDepthM] are not used
     * @param maxDepthM         the far end of that range
     */
    public static List<Shadow> measure(List<Detection> shadows, ColorImage color, DepthImage depth,
                                       Intrinsics intrinsics, RigidTransform cameraToCanonical, double minDepthM,
                                       double maxDepthM) {
        List<Shadow> out = new ArrayList<>(shadows.size());
        for (Detection d : shadows) {
            PixelBox b = d.box();
            int u0 = clamp(b.x0() + b.width() / 4, color.width()), u1 = clamp(b.x1() - b.width() / 4, color.width());
            int v0 = clamp(b.y0() + b.height() / 4, color.height()), v1 = clamp(b.y1() - b.height() / 4, color.height());
            int n = Math.max(0, u1 - u0 + 1) * Math.max(0, v1 - v0 + 1);
            int[] rgb = new int[n];
            float[] z = new float[n];
            int k = 0, valid = 0;
            for (int v = v0; v <= v1; v++) {
                for (int u = u0; u <= u1; u++) {
                    rgb[k++] = color.rgbAt(u, v);
                    if (depth != null) {
                        float m = depth.at(Math.min(depth.width() - 1, u * depth.width() / color.width()),
                                Math.min(depth.height() - 1, v * depth.height() / color.height()));
                        if (m > minDepthM && m <= maxDepthM) {
                            z[valid++] = m;
                        }
                    }
                }
            }
            double x = Double.NaN, y = Double.NaN;
            if (valid >= MIN_DEPTHS) {
                Arrays.sort(z, 0, valid);
                double zm = z[valid / 2];
                double sx = (double) intrinsics.width() / color.width(), sy = (double) intrinsics.height() / color.height();
                Vec3 camera = new Vec3((b.centerX() * sx - intrinsics.cx()) * zm / intrinsics.fx(),
                        (b.centerY() * sy - intrinsics.cy()) * zm / intrinsics.fy(), zm);
                Vec3 canonical = cameraToCanonical.apply(camera);
                x = canonical.x();
                y = canonical.y();
            }
            // no size: a kept object's size comes from the oriented box of its lifted points, a box without a mask
            // has none on that scale, so "the biggest / widest" never clears a weaker detection of its class
            out.add(new Shadow(d.label(), d.score(), x, y, Double.NaN, Double.NaN, Double.NaN, rgb));
        }
        return out;
    }

    private static int clamp(double p, int size) {
        return (int) Math.max(0, Math.min(size - 1, Math.floor(p)));
    }
}
