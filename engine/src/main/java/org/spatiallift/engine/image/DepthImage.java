package org.spatiallift.engine.image;

/**
 * Metric depth along the optical axis (z, metres), row-major; 0 means no depth at that pixel.
 * Decoders turn NaN and infinities into errors, never into this image.
 */
public record DepthImage(int width, int height, float[] metres) {

    public DepthImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a depth image needs a positive size, got " + width + "x" + height);
        }
        if (metres.length != (long) width * height) {
            throw new IllegalArgumentException("depth has " + metres.length + " pixels, expected " + width + "x" + height);
        }
    }

    public float at(int u, int v) {
        return metres[v * width + u];
    }

    /** Number of pixels with depth in (minM, maxM]. */
    public int countInRange(double minM, double maxM) {
        int n = 0;
        for (float d : metres) {
            if (d > minM && d <= maxM) {
                n++;
            }
        }
        return n;
    }
}
