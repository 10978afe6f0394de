package org.spatiallift.app.bench;

import java.util.SplittableRandom;

/**
 * A synthetic room as a point cloud for timing the 3D view (canonical frame, metres): a 6 x 8 m floor, three walls
 * 2.6 m high and a few boxes, sampled uniformly at random with shaded colours.
 */
final class SyntheticRoom {

    final float[] xyz;
    final int[] rgb;
    final int size;

    private SyntheticRoom(int n, long seed) {
        size = n;
        xyz = new float[3 * n];
        rgb = new int[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble(), v = r.nextDouble();
            int surface = r.nextInt(10);
            double x, y, z;
            int c;
            if (surface < 4) {
                x = -3 + 6 * u;
                y = 8 * v;
                z = 0;
                c = ((int) (x + 10) + (int) (y + 10)) % 2 == 0 ? 0xB8AE9C : 0x9E947F;
            } else if (surface < 6) {
                x = -3 + 6 * u;
                y = 8;
                z = 2.6 * v;
                c = 0xC9C4BA;
            } else if (surface < 8) {
                x = surface == 6 ? -3 : 3;
                y = 8 * u;
                z = 2.6 * v;
                c = 0xBDB7AA;
            } else {
                double bx = surface == 8 ? -1.2 : 1.0, by = surface == 8 ? 4.5 : 3.0;
                x = bx + 0.8 * u;
                y = by + 0.02 * r.nextDouble();
                z = 0.9 * v;
                c = surface == 8 ? 0x2F8F83 : 0xD04A8C;
            }
            double shade = 0.85 + 0.15 * r.nextDouble();
            xyz[3 * i] = (float) x;
            xyz[3 * i + 1] = (float) y;
            xyz[3 * i + 2] = (float) z;
            rgb[i] = scale(c, shade);
        }
    }

    static SyntheticRoom of(int n, long seed) {
        return new SyntheticRoom(n, seed);
    }

    private static int scale(int c, double s) {
        int r = (int) ((c >> 16 & 0xFF) * s), g = (int) ((c >> 8 & 0xFF) * s), b = (int) ((c & 0xFF) * s);
        return r << 16 | g << 8 | b;
    }
}
