package org.spatiallift.engine.lift;

import java.util.Arrays;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;

/**
 * Pinhole back-projection of a depth image into a camera-frame point cloud.
 *
 * <p>For pixel (u, v) with depth z in (minDepthM, maxDepthM]:
 * <pre>
 *   x = (u − cx)·z / fx,   y = (v − cy)·z / fy,   z = depth(u, v)
 * </pre>
 * in the camera frame (x right, y down, z forward, metres). Points keep the colour of their pixel
 * (or {@link #NO_COLOR} without a colour image) and the source pixel index v·width + u, in row-major pixel order.
 *
 * <p>One pass over the pixels with (u − cx)/fx and (v − cy)/fy tabulated per column and row, into primitive arrays
 * that are trimmed to the point count at the end; no boxing.
 */
public final class BackProjector {

    /** Colour given to points when there is no colour image: mid grey. */
    public static final int NO_COLOR = 0x808080;

    private BackProjector() {
    }

    /**
     * Lifts every pixel with depth in (minDepthM, maxDepthM] to a point.
     *
     * @param depth      metric depth, same size as the intrinsics
     * @param color      colour of the same size, or null
     * @param intrinsics pinhole intrinsics for the depth image's size
     * @param minDepthM  exclusive lower depth bound (metres), typically 0
     * @param maxDepthM  inclusive upper depth bound (metres)
     * @return a {@link CoordinateFrame#CAMERA} cloud with colour and source pixel per point
     */
    public static PointCloud backProject(DepthImage depth, ColorImage color, Intrinsics intrinsics,
                                         double minDepthM, double maxDepthM) {
        int w = depth.width(), h = depth.height();
        if (intrinsics.width() != w || intrinsics.height() != h) {
            throw new IllegalArgumentException("depth is " + w + "x" + h + " but the intrinsics are for "
                    + intrinsics.width() + "x" + intrinsics.height());
        }
        if (color != null && (color.width() != w || color.height() != h)) {
            throw new IllegalArgumentException("colour is " + color.width() + "x" + color.height()
                    + " but depth is " + w + "x" + h);
        }
        if (!(minDepthM >= 0) || !(maxDepthM > minDepthM)) {
            throw new IllegalArgumentException("depth range must satisfy 0 <= min < max, got (" + minDepthM + ", " + maxDepthM + "] m");
        }
        float[] xFactor = new float[w];
        for (int u = 0; u < w; u++) {
            xFactor[u] = (float) ((u - intrinsics.cx()) / intrinsics.fx());
        }
        float[] yFactor = new float[h];
        for (int v = 0; v < h; v++) {
            yFactor[v] = (float) ((v - intrinsics.cy()) / intrinsics.fy());
        }
        float[] d = depth.metres();
        int[] rgbIn = color == null ? null : color.rgb();
        int capacity = w * h;
        float[] xyz = new float[3 * capacity];
        int[] rgb = new int[capacity];
        int[] pixel = new int[capacity];
        float min = (float) minDepthM, max = (float) maxDepthM;
        int n = 0;
        for (int v = 0; v < h; v++) {
            float fy = yFactor[v];
            int row = v * w;
            for (int u = 0; u < w; u++) {
                int p = row + u;
                float z = d[p];
                if (z > min && z <= max) {
                    int o = 3 * n;
                    xyz[o] = xFactor[u] * z;
                    xyz[o + 1] = fy * z;
                    xyz[o + 2] = z;
                    rgb[n] = rgbIn == null ? NO_COLOR : rgbIn[p] & 0xFFFFFF;
                    pixel[n] = p;
                    n++;
                }
            }
        }
        if (n == capacity) {
            return new PointCloud(CoordinateFrame.CAMERA, n, xyz, rgb, pixel);
        }
        return new PointCloud(CoordinateFrame.CAMERA, n, Arrays.copyOf(xyz, 3 * n), Arrays.copyOf(rgb, n),
                Arrays.copyOf(pixel, n));
    }
}
