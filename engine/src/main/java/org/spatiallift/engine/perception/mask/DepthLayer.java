package org.spatiallift.engine.perception.mask;

import java.util.function.DoubleUnaryOperator;

/**
 * The depth layer of an object in an image region: the depths [nearM, farM] around the nearest substantial peak of
 * the region's depth histogram, as far as the depths run on without a gap.
 *
 * <p>1-D clustering on a histogram: depths go into bins of width b (weighted, e.g. more in the box centre, where the
 * object is); the histogram is smoothed with the triangular kernel (1, 2, 3, 2, 1) over ±2 bins. The mode m is the
 * nearest local maximum of the smoothed histogram that reaches {@value #PEAK_SHARE} of the highest one: an object
 * hides what is behind it, so in its box it is the nearest substantial layer (a chair's seat, not the wall seen
 * through its back, even where more of the wall shows). From m the layer grows bin by bin towards the camera and away
 * from it while fewer than ⌈gap / b⌉ consecutive bins are empty, and never beyond m ± h with h = halfCap(m).
 * A bin counts as empty when it holds less than 1 % of the fullest bin's weight, so that a few stray depths (mixed
 * pixels on silhouettes) do not bridge the gap between an object and the wall behind it.
 *
 * @param modeM depth of that peak, the layer's mode (metres, camera z)
 * @param nearM nearest depth of the layer
 * @param farM  farthest depth of the layer
 */
public record DepthLayer(double modeM, double nearM, double farM) {

    private static final double EMPTY_SHARE = 0.01;
    /** In sparse depth the gap that ends a layer is at least this share of the mode's depth. */
    static final double SPARSE_GAP_SHARE = 0.05;
    private static final double PEAK_SHARE = 0.3;
    private static final int[] KERNEL = {1, 2, 3, 2, 1};

    public DepthLayer {
        if (!(nearM <= modeM && modeM <= farM)) {
            throw new IllegalArgumentException("a depth layer needs near <= mode <= far, got " + nearM + ", " + modeM + ", " + farM);
        }
    }

    public boolean contains(double z) {
        return z >= nearM && z <= farM;
    }

    /**
     * The dominant layer of {@code n} depths {@code z} with weights {@code w} (all z &gt; 0), or null when n is 0.
     *
     * @param binM    histogram bin width b (metres)
     * @param gapM    an empty stretch at least this long ends the layer
     * @param halfCap the largest half-width h of the layer for a mode at depth m (metres → metres)
     */
    public static DepthLayer find(float[] z, float[] w, int n, double binM, double gapM, DoubleUnaryOperator halfCap) {
        return find(z, w, n, binM, m -> gapM, halfCap, EMPTY_SHARE);
    }

    /**
     * The layer of samples from sparse depth (a LiDAR scan, {@link org.spatiallift.engine.image.DepthDensity}): the
     * same histogram, but the gap that ends the layer grows with the mode's depth, gap = max(gapM,
     * {@value #SPARSE_GAP_SHARE}·m) — the scan's points on a surface seen at a slant lie that far apart — and a bin
     * with any weight is occupied: in a scan every point is a measurement, not a stray mixed pixel.
     */
    public static DepthLayer findSparse(float[] z, float[] w, int n, double binM, double gapM,
            DoubleUnaryOperator halfCap) {
        return find(z, w, n, binM, m -> Math.max(gapM, SPARSE_GAP_SHARE * m), halfCap, 0);
    }

    private static DepthLayer find(float[] z, float[] w, int n, double binM, DoubleUnaryOperator gapOf,
            DoubleUnaryOperator halfCap, double emptyShare) {
        if (n == 0) {
            return null;
        }
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, z[i]);
            hi = Math.max(hi, z[i]);
        }
        int bins = (int) Math.floor((hi - lo) / binM) + 1;
        double[] hist = new double[bins];
        for (int i = 0; i < n; i++) {
            hist[Math.min(bins - 1, (int) ((z[i] - lo) / binM))] += w[i];
        }
        double[] smooth = new double[bins];
        double best = 0, fullest = 0;
        for (int b = 0; b < bins; b++) {
            fullest = Math.max(fullest, hist[b]);
            for (int k = -2; k <= 2; k++) {
                if (b + k >= 0 && b + k < bins) {
                    smooth[b] += KERNEL[k + 2] * hist[b + k];
                }
            }
            best = Math.max(best, smooth[b]);
        }
        int mode = 0;
        for (int b = 0; b < bins; b++) {
            boolean peak = (b == 0 || smooth[b] >= smooth[b - 1]) && (b == bins - 1 || smooth[b] > smooth[b + 1]);
            if (peak && smooth[b] >= PEAK_SHARE * best) {
                mode = b;
                break;
            }
        }
        double modeM = lo + (mode + 0.5) * binM;
        double half = halfCap.applyAsDouble(modeM);
        int reach = (int) Math.floor(half / binM);
        int gapBins = (int) Math.ceil(gapOf.applyAsDouble(modeM) / binM - 1e-9);
        double empty = emptyShare == 0 ? Double.MIN_VALUE : emptyShare * fullest;
        int first = grow(hist, mode, -1, reach, gapBins, empty);
        int last = grow(hist, mode, +1, reach, gapBins, empty);
        double near = Math.max(lo + first * binM, modeM - half);
        double far = Math.min(lo + (last + 1) * binM, modeM + half);
        return new DepthLayer(modeM, Math.min(near, modeM), Math.max(far, modeM));
    }

    /** The last occupied bin reached from {@code mode} in direction {@code step} before a gap or the reach. */
    private static int grow(double[] hist, int mode, int step, int reach, int gapBins, double empty) {
        int lastOccupied = mode;
        int run = 0;
        for (int b = mode + step, k = 1; b >= 0 && b < hist.length && k <= reach; b += step, k++) {
            if (hist[b] < empty) {
                if (++run >= gapBins) {
                    break;
                }
            } else {
                run = 0;
                lastOccupied = b;
            }
        }
        return lastOccupied;
    }
}
