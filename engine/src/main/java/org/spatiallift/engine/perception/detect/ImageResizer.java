package org.spatiallift.engine.perception.detect;

import java.nio.FloatBuffer;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.runtime.FloatMaps;

/**
 * Stretches an image to the model's input size (no letterbox: the aspect ratio changes) by bilinear interpolation
 * with half-pixel centres: output pixel (u, v) samples the source at x = (u + ½)·W/w − ½, y = (v + ½)·H/h − ½,
 * clamped to the image, as OpenCV's INTER_LINEAR. An image already of the target size is copied exactly.
 * A box in input pixels maps back with x_image = x_input·W/w, y_image = y_input·H/h.
 */
public final class ImageResizer {

    private ImageResizer() {
    }

    /** The image as a float NHWC tensor [1, h, w, 3] of RGB values 0..255. */
    public static float[] toTensor(ColorImage image, int w, int h) {
        float[] out = new float[w * h * 3];
        toTensor(image, w, h, FloatBuffer.wrap(out));
        return out;
    }

    /**
     * Writes the NHWC tensor [1, h, w, 3] (RGB 0..255) into {@code out} at absolute indices 0 … 3·w·h − 1, e.g. into
     * the direct buffer that the runtime reads.
     */
    public static void toTensor(ColorImage image, int w, int h, FloatBuffer out) {
        int sw = image.width();
        int sh = image.height();
        int[] rgb = image.rgb();
        float[] row = new float[w * 3];
        if (sw == w && sh == h) {
            for (int v = 0; v < h; v++) {
                for (int u = 0; u < w; u++) {
                    int p = rgb[v * w + u];
                    row[3 * u] = (p >>> 16) & 0xFF;
                    row[3 * u + 1] = (p >>> 8) & 0xFF;
                    row[3 * u + 2] = p & 0xFF;
                }
                out.put(v * w * 3, row);
            }
            return;
        }
        int[] x0 = new int[w];
        int[] x1 = new int[w];
        float[] fx = new float[w];
        FloatMaps.bilinearAxis(sw, w, x0, x1, fx);
        int[] y0 = new int[h];
        int[] y1 = new int[h];
        float[] fy = new float[h];
        FloatMaps.bilinearAxis(sh, h, y0, y1, fy);
        for (int v = 0; v < h; v++) {
            int r0 = y0[v] * sw;
            int r1 = y1[v] * sw;
            float wy = fy[v];
            for (int u = 0; u < w; u++) {
                int a = rgb[r0 + x0[u]];
                int b = rgb[r0 + x1[u]];
                int c = rgb[r1 + x0[u]];
                int d = rgb[r1 + x1[u]];
                float wx = fx[u];
                row[3 * u] = lerp2((a >>> 16) & 0xFF, (b >>> 16) & 0xFF, (c >>> 16) & 0xFF, (d >>> 16) & 0xFF, wx, wy);
                row[3 * u + 1] = lerp2((a >>> 8) & 0xFF, (b >>> 8) & 0xFF, (c >>> 8) & 0xFF, (d >>> 8) & 0xFF, wx, wy);
                row[3 * u + 2] = lerp2(a & 0xFF, b & 0xFF, c & 0xFF, d & 0xFF, wx, wy);
            }
            out.put(v * w * 3, row);
        }
    }

    /** The resized image itself (values rounded to the nearest integer), e.g. to write it as PNG. */
    public static ColorImage resize(ColorImage image, int w, int h) {
        float[] t = toTensor(image, w, h);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (Math.round(t[3 * i]) << 16) | (Math.round(t[3 * i + 1]) << 8) | Math.round(t[3 * i + 2]);
        }
        return new ColorImage(w, h, rgb);
    }

    /** Bilinear: top = a + wx·(b − a), bottom = c + wx·(d − c), result = top + wy·(bottom − top). */
    private static float lerp2(int a, int b, int c, int d, float wx, float wy) {
        float top = a + wx * (b - a);
        float bottom = c + wx * (d - c);
        return top + wy * (bottom - top);
    }
}
