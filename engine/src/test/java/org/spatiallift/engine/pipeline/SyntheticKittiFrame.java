package org.spatiallift.engine.pipeline;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.perception.detect.PixelBox;

/**
 * A street frame in KITTI's shape, made by ray casting: 1242x375 pixels with KITTI's camera (fx = fy = 721.54,
 * cx = 609.56, cy = 172.85) 1.65 m above a flat road, cars (1.6 m wide, 1.5 m tall, 4 m long: a 0.9 m body and a
 * cabin set 0.4 m back from the rear bumper) standing on it, and
 * a sparse depth map as a 64-beam LiDAR at the camera gives it (beams from +2° to −24.8° elevation, 0.09° azimuth
 * steps, each hit written at its pixel), encoded as KITTI's depth PNG (16-bit, metres · 256, 0 = none).
 * Camera frame: x right, y down, z forward (metres).
 */
final class SyntheticKittiFrame {

    static final int W = 1242;
    static final int H = 375;
    static final IntrinsicsSpec INTRINSICS = new IntrinsicsSpec(721.5377, 721.5377, 609.5593, 172.854);
    static final double CAMERA_HEIGHT_M = 1.65;
    static final double CAR_WIDTH_M = 1.6;
    static final double CAR_HEIGHT_M = 1.5;
    static final double CAR_LENGTH_M = 4.0;

    /** Body height of a car (its boot and bonnet); the cabin above it starts this far behind the rear bumper. */
    static final double BODY_HEIGHT_M = 0.9;
    static final double CABIN_SET_BACK_M = 0.4;

    /** Boxes (min x, min y, min z, max x, max y, max z, camera frame), two per car: body and cabin. */
    private final double[][] cars;
    private final int[] carOf;
    final int[] rgb = new int[W * H];
    final float[] depthM = new float[W * H];
    final PixelBox[] carBoxes;

    /** @param carCentres (x, z) of each car's nearest face centre, camera frame */
    SyntheticKittiFrame(double[]... carCentres) {
        cars = new double[2 * carCentres.length][];
        carOf = new int[cars.length];
        for (int k = 0; k < carCentres.length; k++) {
            double x = carCentres[k][0], z = carCentres[k][1];
            cars[2 * k] = new double[] {x - CAR_WIDTH_M / 2, CAMERA_HEIGHT_M - BODY_HEIGHT_M, z,
                    x + CAR_WIDTH_M / 2, CAMERA_HEIGHT_M, z + CAR_LENGTH_M};
            cars[2 * k + 1] = new double[] {x - CAR_WIDTH_M / 2 + 0.1, CAMERA_HEIGHT_M - CAR_HEIGHT_M,
                    z + CABIN_SET_BACK_M, x + CAR_WIDTH_M / 2 - 0.1, CAMERA_HEIGHT_M - BODY_HEIGHT_M + 0.01,
                    z + CAR_LENGTH_M - 1.0};
            carOf[2 * k] = k;
            carOf[2 * k + 1] = k;
        }
        carBoxes = new PixelBox[carCentres.length];
        renderColour();
        scan();
    }

    private void renderColour() {
        int n = carBoxes.length;
        double[] u0 = new double[n], v0 = new double[n];
        double[] u1 = new double[n], v1 = new double[n];
        java.util.Arrays.fill(u0, Double.MAX_VALUE);
        java.util.Arrays.fill(v0, Double.MAX_VALUE);
        java.util.Arrays.fill(u1, -1);
        java.util.Arrays.fill(v1, -1);
        IntrinsicsSpec k = INTRINSICS;
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                double dx = (u - k.cx()) / k.fx(), dy = (v - k.cy()) / k.fy();
                int box = nearestCar(dx, dy, 1.0);
                int hit = box < 0 ? -1 : carOf[box];
                int noise = ((u * 7919 + v * 104729) % 17) - 8;
                int c;
                if (hit >= 0) {
                    c = hit % 2 == 0 ? rgb(190 + noise, 30, 35) : rgb(30, 50 + noise, 180);
                    u0[hit] = Math.min(u0[hit], u);
                    v0[hit] = Math.min(v0[hit], v);
                    u1[hit] = Math.max(u1[hit], u + 1);
                    v1[hit] = Math.max(v1[hit], v + 1);
                } else if (dy > 0) {
                    c = rgb(95 + noise, 95 + noise, 100 + noise);
                } else {
                    c = rgb(150, 190, 235 + noise / 2);
                }
                rgb[v * W + u] = c;
            }
        }
        for (int i = 0; i < n; i++) {
            carBoxes[i] = new PixelBox(u0[i], v0[i], u1[i], v1[i]);
        }
    }

    private void scan() {
        for (int beam = 0; beam < 64; beam++) {
            double elevation = Math.toRadians(2.0 - beam * 26.8 / 63);
            for (double az = -45; az <= 45; az += 0.09) {
                double a = Math.toRadians(az);
                double dx = Math.sin(a) * Math.cos(elevation);
                double dy = -Math.sin(elevation);
                double dz = Math.cos(a) * Math.cos(elevation);
                // along the ray per unit of z
                double px = dx / dz, py = dy / dz;
                double t = Double.POSITIVE_INFINITY;
                int car = nearestCar(px, py, 1.0);
                if (car >= 0) {
                    t = rayBox(px, py, 1.0, cars[car]);
                } else if (py > 0) {
                    t = CAMERA_HEIGHT_M / py;
                }
                if (!(t < 120)) {
                    continue;
                }
                double x = px * t, y = py * t, z = t;
                int u = (int) Math.floor(INTRINSICS.fx() * x / z + INTRINSICS.cx());
                int v = (int) Math.floor(INTRINSICS.fy() * y / z + INTRINSICS.cy());
                if (u >= 0 && u < W && v >= 0 && v < H) {
                    int p = v * W + u;
                    if (depthM[p] == 0 || z < depthM[p]) {
                        // KITTI's PNG holds metres · 256 as an integer
                        depthM[p] = (float) (Math.round(z * 256) / 256.0);
                    }
                }
            }
        }
    }

    /** The index of the nearest car box the ray (dx, dy, dz) from the camera hits, or −1. */
    private int nearestCar(double dx, double dy, double dz) {
        int best = -1;
        double bestT = Double.POSITIVE_INFINITY;
        for (int k = 0; k < cars.length; k++) {
            double t = rayBox(dx, dy, dz, cars[k]);
            if (t < bestT) {
                bestT = t;
                best = k;
            }
        }
        return best;
    }

    /** Slab intersection: the ray parameter of the entry into {@code b}, or +∞. */
    private static double rayBox(double dx, double dy, double dz, double[] b) {
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        double[] d = {dx, dy, dz};
        for (int a = 0; a < 3; a++) {
            if (Math.abs(d[a]) < 1e-12) {
                if (0 < b[a] || 0 > b[a + 3]) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double ta = b[a] / d[a], tb = b[a + 3] / d[a];
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
        }
        return t0 <= t1 && t0 > 0 ? t0 : Double.POSITIVE_INFINITY;
    }

    private static int rgb(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }

    /** Writes the colour PNG and KITTI's depth PNG (in a proj_depth folder, as KITTI lays it out); returns both. */
    Path[] write(Path dir) throws IOException {
        Path color = dir.resolve("image_02/data/0000000005.png");
        Path depth = dir.resolve("proj_depth/groundtruth/image_02/0000000005.png");
        Files.createDirectories(color.getParent());
        Files.createDirectories(depth.getParent());
        BufferedImage c = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        c.setRGB(0, 0, W, H, rgb, 0, W);
        ImageIO.write(c, "png", color.toFile());
        BufferedImage d = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = d.getRaster();
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                r.setSample(u, v, 0, (int) Math.round(depthM[v * W + u] * 256));
            }
        }
        ImageIO.write(d, "png", depth.toFile());
        return new Path[] {color, depth};
    }
}
