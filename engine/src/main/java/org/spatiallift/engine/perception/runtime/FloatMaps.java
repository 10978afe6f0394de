package org.spatiallift.engine.perception.runtime;

/**
 * Resizing of single-channel float maps (model outputs back to image size) by bilinear interpolation with
 * half-pixel centres: destination pixel (u, v) samples the source at x = (u + ½)·sw/dw − ½, y = (v + ½)·sh/dh − ½,
 * clamped to the map (as OpenCV INTER_LINEAR and PyTorch interpolate(align_corners=False)).
 */
public final class FloatMaps {

    private FloatMaps() {
    }

    /** {@code src} (sw × sh, row-major) resized to dw × dh. */
    public static float[] resizeBilinear(float[] src, int sw, int sh, int dw, int dh) {
        if (sw == dw && sh == dh) {
            return src.clone();
        }
        float[] out = new float[dw * dh];
        int[] x0 = new int[dw];
        int[] x1 = new int[dw];
        float[] fx = new float[dw];
        bilinearAxis(sw, dw, x0, x1, fx);
        int[] y0 = new int[dh];
        int[] y1 = new int[dh];
        float[] fy = new float[dh];
        bilinearAxis(sh, dh, y0, y1, fy);
        for (int v = 0; v < dh; v++) {
            int r0 = y0[v] * sw;
            int r1 = y1[v] * sw;
            for (int u = 0; u < dw; u++) {
                float top = src[r0 + x0[u]] + fx[u] * (src[r0 + x1[u]] - src[r0 + x0[u]]);
                float bottom = src[r1 + x0[u]] + fx[u] * (src[r1 + x1[u]] - src[r1 + x0[u]]);
                out[v * dw + u] = top + fy[v] * (bottom - top);
            }
        }
        return out;
    }

    /**
     * Sample positions of a bilinear resize along one axis, half-pixel centres: s = clamp((i + 0.5)·in/out − 0.5,
     * 0, in − 1), lo = ⌊s⌋, hi = min(lo + 1, in − 1), frac = s − lo, for each output index i.
     */
    public static void bilinearAxis(int in, int out, int[] lo, int[] hi, float[] frac) {
        double scale = (double) in / out;
        for (int i = 0; i < out; i++) {
            double s = Math.min(Math.max((i + 0.5) * scale - 0.5, 0), in - 1);
            int l = (int) Math.floor(s);
            lo[i] = l;
            hi[i] = Math.min(l + 1, in - 1);
            frac[i] = (float) (s - l);
        }
    }

    /** x / ‖x‖₂ (unchanged if the norm is 0). */
    public static float[] l2Normalise(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        double n = Math.sqrt(s);
        float[] out = x.clone();
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] / n);
            }
        }
        return out;
    }

    /** Cosine similarity a·b / (‖a‖‖b‖). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
