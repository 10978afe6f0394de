package org.spatiallift.engine.perception.detect;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes CenterNet heat maps into boxes (Zhou, Wang and Krähenbühl, "Objects as Points", 2019), exactly as the
 * TF.js graph's own tail does, in Java:
 * <ol>
 * <li>A peak is a cell whose score s(x, y, c) is ≥ every score of the same class in its 3×3 neighbourhood (cells
 * outside the map do not count), i.e. s = maxpool₃ₓ₃(s).</li>
 * <li>The {@code topK} peaks of highest score over all cells and classes, ties broken by the flat index
 * (y·W + x)·C + c; then those with score ≥ the threshold.</li>
 * <li>Box in input pixels: with (cx, cy) = (stride·x, stride·y) and distances (l, t, r, b) from the size head,
 * [cx − l, cy − t, cx + r, cy + b]; mapped to the image by x·sx, y·sy (sx = image width / input width, likewise sy)
 * and clipped to [0, image width] × [0, image height].</li>
 * </ol>
 * Only scores that could enter the current top K are tested for being peaks, so a map of mostly low scores costs one
 * comparison per value.
 */
public final class CenterNetDecoder {

    private final int stride;
    private final int topK;
    private final List<String> labels;

    public CenterNetDecoder(int stride, int topK, List<String> labels) {
        this.stride = stride;
        this.topK = topK;
        this.labels = List.copyOf(labels);
    }

    /**
     * The detections best first.
     *
     * @param sx image pixels per input pixel horizontally (image width / input width)
     * @param sy image pixels per input pixel vertically
     */
    public List<Detection> decode(HeatMap map, double threshold, double sx, double sy, int imageWidth, int imageHeight) {
        if (map.classes() != labels.size()) {
            throw new IllegalArgumentException("the heat map has " + map.classes() + " classes, the label list " + labels.size());
        }
        long[] best = topPeaks(map);
        List<Detection> out = new ArrayList<>();
        for (long packed : best) {
            int index = (int) packed;
            float score = map.heat().get(index);
            if (score < threshold) {
                break;
            }
            int c = index % map.classes();
            int cell = index / map.classes();
            int x = cell % map.width();
            int y = cell / map.width();
            double cx = (double) stride * x;
            double cy = (double) stride * y;
            FloatBuffer s = map.sizes();
            double x0 = clamp((cx - s.get(4 * cell)) * sx, imageWidth);
            double y0 = clamp((cy - s.get(4 * cell + 1)) * sy, imageHeight);
            double x1 = clamp((cx + s.get(4 * cell + 2)) * sx, imageWidth);
            double y1 = clamp((cy + s.get(4 * cell + 3)) * sy, imageHeight);
            out.add(new Detection(labels.get(c), c, score,
                    new PixelBox(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1))));
        }
        return out;
    }

    /** Flat indices of the top-K peaks, best first (score descending, then index ascending). */
    long[] topPeaks(HeatMap map) {
        FloatBuffer heat = map.heat();
        int n = heat.capacity();
        int k = Math.min(topK, n);
        // a min-heap of (score, index) on parallel arrays: the root is the weakest kept peak
        float[] hs = new float[k];
        int[] hi = new int[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            float v = heat.get(i);
            if (size == k && !(v > hs[0])) {
                continue;
            }
            if (!isPeak(map, i)) {
                continue;
            }
            if (size < k) {
                hs[size] = v;
                hi[size] = i;
                siftUp(hs, hi, size++);
            } else {
                hs[0] = v;
                hi[0] = i;
                siftDown(hs, hi, size);
            }
        }
        long[] packed = new long[size];
        for (int j = 0; j < size; j++) {
            // sort key: higher score first, then lower index; the index rides in the low 32 bits
            packed[j] = ((long) (Integer.MAX_VALUE - sortableBits(hs[j])) << 32) | hi[j];
        }
        Arrays.sort(packed);
        for (int j = 0; j < size; j++) {
            packed[j] &= 0xFFFFFFFFL;
        }
        return packed;
    }

    /** s(x, y, c) ≥ s at the 8 neighbours of (x, y) inside the map. */
    static boolean isPeak(HeatMap map, int index) {
        int c = map.classes();
        int w = map.width();
        int h = map.height();
        int cell = index / c;
        int x = cell % w;
        int y = cell / w;
        FloatBuffer heat = map.heat();
        float v = heat.get(index);
        for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                if (heat.get((yy * w + xx) * c + index % c) > v) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Ordered like the float for non-negative scores (sigmoid outputs), as a non-negative int. */
    private static int sortableBits(float v) {
        return Float.floatToIntBits(Math.max(v, 0f));
    }

    private static double clamp(double v, int max) {
        return Math.min(Math.max(v, 0), max);
    }

    private static boolean less(float[] s, int[] idx, int a, int b) {
        return s[a] < s[b] || s[a] == s[b] && idx[a] > idx[b];
    }

    private static void siftUp(float[] s, int[] idx, int j) {
        while (j > 0) {
            int parent = (j - 1) / 2;
            if (!less(s, idx, j, parent)) {
                return;
            }
            swap(s, idx, j, parent);
            j = parent;
        }
    }

    private static void siftDown(float[] s, int[] idx, int size) {
        int j = 0;
        while (true) {
            int l = 2 * j + 1;
            int r = l + 1;
            int m = j;
            if (l < size && less(s, idx, l, m)) {
                m = l;
            }
            if (r < size && less(s, idx, r, m)) {
                m = r;
            }
            if (m == j) {
                return;
            }
            swap(s, idx, j, m);
            j = m;
        }
    }

    private static void swap(float[] s, int[] idx, int a, int b) {
        float t = s[a];
        s[a] = s[b];
        s[b] = t;
        int u = idx[a];
        idx[a] = idx[b];
        idx[b] = u;
    }
}
