package org.spatiallift.engine.scene;

import java.util.Arrays;

/**
 * Convex hull of 2-D points by Andrew's monotone chain (Andrew 1979): sort by (x, y), build the lower and upper
 * chains keeping only left turns (cross product &gt; 0). O(n log n); collinear points on the hull are dropped.
 * The sort is on primitive longs: each float pair is packed so that signed long order is (x, y) order.
 */
public final class ConvexHull2 {

    private ConvexHull2() {
    }

    /**
     * The hull's vertices counter-clockwise as {x0, y0, x1, y1, ...}; fewer than 3 vertices when the points are all
     * equal (1 vertex) or collinear (the 2 extremes).
     */
    public static double[] of(float[] x, float[] y, int n) {
        if (n == 0) {
            return new double[0];
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) sortable(x[i]) << 32) | ((sortable(y[i]) ^ 0x80000000) & 0xFFFFFFFFL);
        }
        Arrays.sort(keys);
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = Float.intBitsToFloat(sortable((int) (keys[i] >> 32)));
            py[i] = Float.intBitsToFloat(sortable((int) keys[i] ^ 0x80000000));
        }
        double[] hull = new double[4 * n + 4];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int t = 0; t < n; t++) {
                int i = pass == 0 ? t : n - 1 - t;
                while (k - start >= 2 && cross(hull, k - 2, k - 1, px[i], py[i]) <= 0) {
                    k--;
                }
                hull[2 * k] = px[i];
                hull[2 * k + 1] = py[i];
                k++;
            }
            k--; // the last point of a chain is the first of the next
        }
        if (k == 2 && hull[0] == hull[2] && hull[1] == hull[3]) {
            k = 1;
        }
        return Arrays.copyOf(hull, 2 * Math.max(1, k));
    }

    /** Float bits whose signed int order is the float order (an involution: it also maps back). */
    private static int sortable(float f) {
        int bits = Float.floatToRawIntBits(f + 0.0f);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    private static int sortable(int bits) {
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    /** (b − a) × (p − a) for hull vertices a, b. */
    private static double cross(double[] h, int a, int b, double px, double py) {
        double ax = h[2 * a], ay = h[2 * a + 1];
        return (h[2 * b] - ax) * (py - ay) - (h[2 * b + 1] - ay) * (px - ax);
    }
}
