package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.perception.detect.PixelBox;

/**
 * Where GrabCut works for one box, in whole pixels of the image (end exclusive): the region is the box grown by a
 * margin and clipped to the image; the box itself is clipped too and kept at least one pixel inside the region,
 * so that GrabCut always has some background to learn from.
 */
record BoxRegion(int x0, int y0, int x1, int y1, int boxX0, int boxY0, int boxX1, int boxY1) {

    int width() {
        return x1 - x0;
    }

    int height() {
        return y1 - y0;
    }

    int boxWidth() {
        return boxX1 - boxX0;
    }

    int boxHeight() {
        return boxY1 - boxY0;
    }

    /** True when region pixel (i, j) lies inside the box. */
    boolean inBox(int i, int j) {
        int u = x0 + i, v = y0 + j;
        return u >= boxX0 && u < boxX1 && v >= boxY0 && v < boxY1;
    }

    /** True when region pixel (i, j) lies in the central half of the box (the middle 50 % of each side). */
    boolean inCentre(int i, int j) {
        int u = x0 + i, v = y0 + j;
        int qx = boxWidth() / 4, qy = boxHeight() / 4;
        return u >= boxX0 + qx && u < boxX1 - qx && v >= boxY0 + qy && v < boxY1 - qy;
    }

    /**
     * The region for {@code box} in a {@code width} x {@code height} image, or null when the clipped box is
     * smaller than 3 x 3 pixels.
     */
    static BoxRegion of(PixelBox box, int width, int height, double marginShare, int minMarginPx) {
        int bx0 = clamp((int) Math.floor(box.x0()), width), bx1 = clamp((int) Math.ceil(box.x1()), width);
        int by0 = clamp((int) Math.floor(box.y0()), height), by1 = clamp((int) Math.ceil(box.y1()), height);
        if (bx1 - bx0 < 3 || by1 - by0 < 3) {
            return null;
        }
        int margin = Math.max(minMarginPx, (int) Math.round(marginShare * Math.max(bx1 - bx0, by1 - by0)));
        int x0 = Math.max(0, bx0 - margin), x1 = Math.min(width, bx1 + margin);
        int y0 = Math.max(0, by0 - margin), y1 = Math.min(height, by1 + margin);
        // GrabCut needs background: keep a one-pixel ring of the region outside the box
        bx0 = Math.max(bx0, x0 + 1);
        by0 = Math.max(by0, y0 + 1);
        bx1 = Math.min(bx1, x1 - 1);
        by1 = Math.min(by1, y1 - 1);
        if (bx1 - bx0 < 3 || by1 - by0 < 3) {
            return null;
        }
        return new BoxRegion(x0, y0, x1, y1, bx0, by0, bx1, by1);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
