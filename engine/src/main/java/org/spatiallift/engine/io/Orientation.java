package org.spatiallift.engine.io;

import org.spatiallift.engine.image.ColorImage;

/**
 * Applies an EXIF orientation so the image is upright. For the upright pixel (x', y') of a W x H stored image the
 * stored pixel (x, y) is:
 * <pre>
 * 1 identity            x = x',         y = y'
 * 2 mirror horizontal   x = W−1−x',     y = y'
 * 3 rotate 180°         x = W−1−x',     y = H−1−y'
 * 4 mirror vertical     x = x',         y = H−1−y'
 * 5 transpose           x = y',         y = x'          (upright is H x W)
 * 6 rotate 90° CW       x = y',         y = H−1−x'
 * 7 transverse          x = W−1−y',     y = H−1−x'
 * 8 rotate 90° CCW      x = W−1−y',     y = x'
 * </pre>
 */
final class Orientation {

    private Orientation() {
    }

    static ColorImage apply(ColorImage stored, int orientation) {
        if (orientation == 1) {
            return stored;
        }
        int w = stored.width();
        int h = stored.height();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        int[] src = stored.rgb();
        int[] out = new int[src.length];
        for (int yo = 0; yo < oh; yo++) {
            for (int xo = 0; xo < ow; xo++) {
                int x;
                int y;
                switch (orientation) {
                    case 2 -> { x = w - 1 - xo; y = yo; }
                    case 3 -> { x = w - 1 - xo; y = h - 1 - yo; }
                    case 4 -> { x = xo; y = h - 1 - yo; }
                    case 5 -> { x = yo; y = xo; }
                    case 6 -> { x = yo; y = h - 1 - xo; }
                    case 7 -> { x = w - 1 - yo; y = h - 1 - xo; }
                    case 8 -> { x = w - 1 - yo; y = xo; }
                    default -> throw new IllegalArgumentException("EXIF orientation must be 1..8, got " + orientation);
                }
                out[yo * ow + xo] = src[y * w + x];
            }
        }
        return new ColorImage(ow, oh, out);
    }
}
