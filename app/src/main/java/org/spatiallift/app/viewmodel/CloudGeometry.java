package org.spatiallift.app.viewmodel;

/** Arrays for the 3D view, computed off the UI thread: the drawn points, their bounds and their colours. */
public final class CloudGeometry {

    /** Above this many points the 3D view draws an even subset. */
    public static final int MAX_DRAWN_POINTS = 1_500_000;
    /** Percentiles of each axis that bound the part of the cloud the 3D view frames ({@link #frameBounds}). */
    public static final int FRAME_LOW_PERCENT = 2;
    public static final int FRAME_HIGH_PERCENT = 98;

    private CloudGeometry() {
    }

    /** Indices of the points to draw out of {@code size} (an even stride), or null to draw them all. */
    static int[] drawnSubset(int size) {
        if (size <= MAX_DRAWN_POINTS) {
            return null;
        }
        return spread(size, MAX_DRAWN_POINTS);
    }

    /**
     * The drawn cloud of {@code count} points {@code xyz} (canonical, already the drawn subset), each {@code pointSizeM}
     * metres across.
     */
    public static CloudData build(float[] xyz, int count, int totalPoints, float pointSizeM) {
        double[] bounds = bounds(xyz, count);
        return new CloudData(count, xyz, totalPoints, pointSizeM, bounds, frameBounds(xyz, count, bounds));
    }

    /** Opaque colours of the drawn points from {@code rgb} (one 0xRRGGBB per drawn point). */
    public static CloudColours colours(ColourMode mode, int[] rgb, CloudData cloud, ColourLegend legend) {
        int[] argb = new int[cloud.count()];
        for (int k = 0; k < argb.length; k++) {
            argb[k] = 0xFF000000 | rgb[k];
        }
        return new CloudColours(mode, argb, legend);
    }

    /**
     * {@code n} indices spread evenly over [0, size): one per block of size/n, at a fixed pseudo-random place inside
     * the block, so a regular grid of points does not thin into stripes.
     */
    static int[] spread(int size, int n) {
        int[] out = new int[n];
        double block = (double) size / n;
        long state = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < n; k++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            double f = (state >>> 11) * 0x1.0p-53;
            out[k] = Math.min(size - 1, (int) (k * block + f * block));
        }
        return out;
    }

    /**
     * {minX, maxX, minY, maxY, minZ, maxZ} from the {@value #FRAME_LOW_PERCENT}th to the {@value #FRAME_HIGH_PERCENT}th
     * percentile of each axis ({@link Legends#range}, sampled), within the full {@code bounds}: the stray far points a
     * depth sensor leaves at the edges (1 % of them) do not count. The full bounds when there are no points.
     */
    static double[] frameBounds(float[] xyz, int count, double[] bounds) {
        if (count == 0) {
            return bounds.clone();
        }
        double[] b = new double[6];
        for (int a = 0; a < 3; a++) {
            double[] r = Legends.range(xyz, a, 3, count, FRAME_LOW_PERCENT / 100.0, FRAME_HIGH_PERCENT / 100.0);
            b[2 * a] = Math.max(bounds[2 * a], Math.min(bounds[2 * a + 1], r[0]));
            b[2 * a + 1] = Math.max(b[2 * a], Math.min(bounds[2 * a + 1], r[1]));
        }
        return b;
    }

    /** {minX, maxX, minY, maxY, minZ, maxZ}; a 2 m room in front of the camera when there are no points. */
    static double[] bounds(float[] xyz, int count) {
        if (count == 0) {
            return new double[] {-1, 1, 0, 4, 0, 2};
        }
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE};
        for (int i = 0; i < count; i++) {
            for (int a = 0; a < 3; a++) {
                float v = xyz[3 * i + a];
                if (v < b[2 * a]) {
                    b[2 * a] = v;
                }
                if (v > b[2 * a + 1]) {
                    b[2 * a + 1] = v;
                }
            }
        }
        return b;
    }
}
