package org.spatiallift.engine.perception.segment;

import org.spatiallift.engine.perception.detect.PixelBox;

/**
 * A binary object mask at the image's size (row-major, true = object) for one box prompt, with the model's own
 * quality estimate (SAM's predicted IoU).
 */
public record ObjectMask(PixelBox prompt, int width, int height, boolean[] pixels, double predictedIou) {

    public ObjectMask {
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("mask has " + pixels.length + " pixels for " + width + "x" + height);
        }
    }

    /** Number of object pixels. */
    public int area() {
        int n = 0;
        for (boolean b : pixels) {
            n += b ? 1 : 0;
        }
        return n;
    }

    public boolean at(int u, int v) {
        return pixels[v * width + u];
    }
}
