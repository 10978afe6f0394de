package org.spatiallift.engine.perception.runtime;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.ImageResizer;
import org.spatiallift.engine.perception.model.Normalisation;

/**
 * Image → model input values. Resize policies (the manifest's {@code "resize"}):
 * <ul>
 * <li>{@code stretch}: to w × h, aspect ratio not kept (bilinear, half-pixel centres, {@link ImageResizer});</li>
 * <li>{@code shorter_side_center_crop}: the centred crop of the target aspect ratio, then stretched (CLIP's
 * resize-shorter-side + centre-crop up to rounding);</li>
 * <li>{@code longest_side}: the longer side to {@code size}, aspect kept (SAM's ResizeLongestSide:
 * scale = size / max(W, H), new size round(W·scale) × round(H·scale));</li>
 * <li>{@code keep_aspect_lower_bound}: both sides at least {@code size} and multiples of {@code m}, aspect kept up to
 * that rounding ({@link #lowerBoundMultiple}; Depth Anything / MiDaS "lower_bound" with ensure_multiple_of); the
 * caller computes the size and stretches to it.</li>
 * </ul>
 * Each channel then becomes v_c = (p_c · scale − mean_c) / std_c ({@link Normalisation}).
 */
public final class ImageTensors {

    private ImageTensors() {
    }

    /** NCHW [1, 3, h, w] values of the image resized by {@code resize} and normalised. */
    public static float[] nchw(ColorImage image, int w, int h, String resize, Normalisation norm) {
        ColorImage src = "shorter_side_center_crop".equals(resize) ? centreCrop(image, (double) w / h) : image;
        float[] hwc = ImageResizer.toTensor(src, w, h);
        Normalisation n = norm == null ? Normalisation.none() : norm;
        float[] out = new float[3 * w * h];
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                out[c * plane + i] = n.apply(c, hwc[3 * i + c]);
            }
        }
        return out;
    }

    /** HWC [h', w', 3] values (normalised) with the longer side scaled to {@code size}; dims in {@code outDims}. */
    public static float[] hwcLongestSide(ColorImage image, int size, Normalisation norm, int[] outDims) {
        int[] wh = longestSide(image.width(), image.height(), size);
        float[] hwc = ImageResizer.toTensor(image, wh[0], wh[1]);
        Normalisation n = norm == null ? Normalisation.none() : norm;
        for (int i = 0; i < hwc.length; i++) {
            hwc[i] = n.apply(i % 3, hwc[i]);
        }
        outDims[0] = wh[1];
        outDims[1] = wh[0];
        return hwc;
    }

    /** (w', h') with the longer side = size: scale = size / max(w, h), w' = round(w·scale), h' = round(h·scale). */
    public static int[] longestSide(int w, int h, int size) {
        double scale = (double) size / Math.max(w, h);
        return new int[] {(int) Math.round(w * scale), (int) Math.round(h * scale)};
    }

    /**
     * (w', h') for the "lower_bound" resize of MiDaS (Ranftl et al. 2020) as Depth Anything V2 uses it (size 518,
     * multiple 14): s = max(size / w, size / h), so that both sides reach at least {@code size} and the aspect ratio
     * is kept; each side is then rounded to a multiple of m, x' = round(x·s / m)·m, or ⌈x·s / m⌉·m when rounding
     * would fall below {@code size}. 640 × 480 → 686 × 518.
     */
    public static int[] lowerBoundMultiple(int w, int h, int size, int multiple) {
        if (w <= 0 || h <= 0 || size <= 0 || multiple <= 0) {
            throw new IllegalArgumentException("sizes must be positive, got " + w + "x" + h + ", " + size + ", " + multiple);
        }
        double s = Math.max((double) size / w, (double) size / h);
        return new int[] {toMultiple(w * s, size, multiple), toMultiple(h * s, size, multiple)};
    }

    private static int toMultiple(double x, int min, int m) {
        int y = (int) Math.round(x / m) * m;
        return y < min ? (int) Math.ceil(x / m) * m : y;
    }

    /** The centred crop of aspect ratio {@code aspect} = width / height. */
    public static ColorImage centreCrop(ColorImage image, double aspect) {
        int w = image.width();
        int h = image.height();
        int cw = w;
        int ch = h;
        if ((double) w / h > aspect) {
            cw = (int) Math.round(h * aspect);
        } else {
            ch = (int) Math.round(w / aspect);
        }
        if (cw == w && ch == h) {
            return image;
        }
        int x0 = (w - cw) / 2;
        int y0 = (h - ch) / 2;
        int[] rgb = new int[cw * ch];
        for (int v = 0; v < ch; v++) {
            System.arraycopy(image.rgb(), (y0 + v) * w + x0, rgb, v * cw, cw);
        }
        return new ColorImage(cw, ch, rgb);
    }
}
