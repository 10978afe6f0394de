package org.spatiallift.engine.perception.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of the image the detector looks at in one run, in image pixels, and how it fills the model input: scaled
 * by {@code scale} on both axes into the input's top-left corner (the rest padded grey), or — {@code stretch} — to
 * the whole input, each axis on its own. A box in input pixels maps back with x_image = x + x_input · width / w_in,
 * where w_in is the input width the window fills (the same for y).
 *
 * @param x       left edge in the image
 * @param y       top edge in the image
 * @param width   width in image pixels
 * @param height  height in image pixels
 * @param stretch fill the whole input (aspect ratio not kept), else one scale for both axes
 */
public record DetectionWindow(int x, int y, int width, int height, boolean stretch) {

    /** Tiles overlap by at least this share of their length, so an object up to that size is whole in one of them. */
    public static final double MIN_TILE_OVERLAP = 0.25;

    public DetectionWindow {
        if (x < 0 || y < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a window needs x, y >= 0 and a positive size, got " + x + ", " + y + ", "
                    + width + "x" + height);
        }
    }

    /** Input pixels (width, height) the window's content fills: the whole input when stretched, else scaled. */
    public int[] filled(int inputW, int inputH) {
        if (stretch) {
            return new int[] {inputW, inputH};
        }
        double s = Math.min((double) inputW / width, (double) inputH / height);
        return new int[] {Math.max(1, Math.min(inputW, (int) Math.round(width * s))),
                Math.max(1, Math.min(inputH, (int) Math.round(height * s)))};
    }

    /** The windows of {@code fit} (already resolved, not AUTO) on an image of {@code imageW}×{@code imageH}. */
    public static List<DetectionWindow> layout(InputFit fit, int imageW, int imageH, int inputW, int inputH) {
        switch (fit) {
            case STRETCH:
                return List.of(new DetectionWindow(0, 0, imageW, imageH, true));
            case LETTERBOX:
                return List.of(new DetectionWindow(0, 0, imageW, imageH, false));
            case TILES:
                return tiles(imageW, imageH, inputW, inputH);
            default:
                throw new IllegalArgumentException("resolve the fit " + fit + " for the image first");
        }
    }

    private static List<DetectionWindow> tiles(int imageW, int imageH, int inputW, int inputH) {
        double inputAspect = (double) inputW / inputH;
        boolean alongX = (double) imageW / imageH >= inputAspect;
        int length = alongX ? imageW : imageH;
        int across = alongX ? imageH : imageW;
        int tile = (int) Math.min(length, Math.round(alongX ? across * inputAspect : across / inputAspect));
        List<DetectionWindow> out = new ArrayList<>();
        out.add(new DetectionWindow(0, 0, imageW, imageH, false));
        if (tile >= length) {
            return out;
        }
        double step = tile * (1 - MIN_TILE_OVERLAP);
        int n = (int) Math.ceil((length - tile) / step) + 1;
        for (int i = 0; i < n; i++) {
            int pos = (int) Math.round((double) i * (length - tile) / (n - 1));
            out.add(alongX ? new DetectionWindow(pos, 0, tile, imageH, false)
                    : new DetectionWindow(0, pos, imageW, tile, false));
        }
        return out;
    }

    /** Whether the window's left, top, right or bottom edge lies inside the image (not on its border). */
    boolean[] innerEdges(int imageW, int imageH) {
        return new boolean[] {x > 0, y > 0, x + width < imageW, y + height < imageH};
    }
}
