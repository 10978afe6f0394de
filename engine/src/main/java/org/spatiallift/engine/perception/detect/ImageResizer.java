package org.spatiallift.engine.perception.detect;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.runtime.FloatMaps;

/**
 * Stretches an image to the model's input size (no letterbox: the aspect ratio changes) by bilinear interpolation
 * with half-pixel centres: output pixel (u, v) samples the source at x = (u + ½)·W/w − ½, y = (v + ½)·H/h − ½,
 * clamped to the image, as OpenCV's INTER_LINEAR: top = a + wx·(b − a), bottom = c + wx·(d − c) from the two source
 * rows, value = top + wy·(bottom − top). An image already of the target size is copied exactly.
 * A box in input pixels maps back with x_image = x_input·W/w, y_image = y_input·H/h.
 */
public final class ImageResizer {

    private ImageResizer() {
    }

    /** Grey (RGB 128) of the padding around a window scaled with its aspect ratio kept. */
    public static final float PAD = 128f;

    /**
     * Writes {@code window} of {@code image} into the NHWC tensor [1, h, w, 3] (RGB 0..255): stretched to the whole
     * input, or scaled with one factor into its top-left corner ({@link DetectionWindow#filled}) and the rest padded
     * with {@value #PAD} grey.
     */
    public static void toTensor(ColorImage image, DetectionWindow window, int w, int h, FloatBuffer out) {
        ColorImage part = crop(image, window);
        if (window.stretch()) {
            toTensor(part, w, h, out);
            return;
        }
        int[] filled = window.filled(w, h);
        int cw = filled[0], ch = filled[1];
        float[] content = toTensor(part, cw, ch);
        float[] row = new float[w * 3];
        for (int v = 0; v < h; v++) {
            Arrays.fill(row, PAD);
            if (v < ch) {
                System.arraycopy(content, v * cw * 3, row, 0, cw * 3);
            }
            out.put(v * w * 3, row);
        }
    }

    /** The pixels of {@code window} as an image of their own (the image itself when the window is all of it). */
    static ColorImage crop(ColorImage image, DetectionWindow window) {
        if (window.x() == 0 && window.y() == 0 && window.width() == image.width() && window.height() == image.height()) {
            return image;
        }
        if (window.x() + window.width() > image.width() || window.y() + window.height() > image.height()) {
            throw new IllegalArgumentException("window " + window + " reaches outside the " + image.width() + "x"
                    + image.height() + " image");
        }
        int[] rgb = new int[window.width() * window.height()];
        for (int v = 0; v < window.height(); v++) {
            System.arraycopy(image.rgb(), (window.y() + v) * image.width() + window.x(), rgb, v * window.width(),
                    window.width());
        }
        return new ColorImage(window.width(), window.height(), rgb);
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
        // separable: each source row is interpolated horizontally once (two rows kept), then rows are blended
        // vertically; the same arithmetic as lerp2, so the values are identical
        float[] top = new float[w * 3];
        float[] bottom = new float[w * 3];
        int topRow = -1;
        int bottomRow = -1;
        for (int v = 0; v < h; v++) {
            if (y0[v] != topRow) {
                if (y0[v] == bottomRow) {
                    float[] t = top;
                    top = bottom;
                    bottom = t;
                    bottomRow = -1;
                } else {
                    horizontal(rgb, y0[v] * sw, x0, x1, fx, top);
                }
                topRow = y0[v];
            }
            if (y1[v] != bottomRow) {
                horizontal(rgb, y1[v] * sw, x0, x1, fx, bottom);
                bottomRow = y1[v];
            }
            float wy = fy[v];
            for (int i = 0; i < row.length; i++) {
                row[i] = top[i] + wy * (bottom[i] - top[i]);
            }
            out.put(v * w * 3, row);
        }
    }

    /** One source row (starting at {@code r}) interpolated at the output columns: a + wx·(b − a) per channel. */
    private static void horizontal(int[] rgb, int r, int[] x0, int[] x1, float[] fx, float[] dest) {
        for (int u = 0; u < x0.length; u++) {
            int a = rgb[r + x0[u]];
            int b = rgb[r + x1[u]];
            float wx = fx[u];
            int ar = (a >>> 16) & 0xFF;
            int ag = (a >>> 8) & 0xFF;
            int ab = a & 0xFF;
            dest[3 * u] = ar + wx * (((b >>> 16) & 0xFF) - ar);
            dest[3 * u + 1] = ag + wx * (((b >>> 8) & 0xFF) - ag);
            dest[3 * u + 2] = ab + wx * ((b & 0xFF) - ab);
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

}
