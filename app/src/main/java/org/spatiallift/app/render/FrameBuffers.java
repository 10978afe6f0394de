package org.spatiallift.app.render;

/**
 * A frame of {@code width} × {@code height} pixels, row-major: colour (0xAARRGGBB), depth (metres along the view
 * axis, {@link Float#MAX_VALUE} where nothing is drawn) and the index of the drawn point seen there (−1 for none).
 */
public final class FrameBuffers {

    private final int width;
    private final int height;
    private final int[] argb;
    private final float[] depth;
    private final int[] pick;

    /** A frame drawing into {@code argb} (width·height entries; e.g. the array behind an image on screen). */
    public FrameBuffers(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("frame " + width + " × " + height + " px with " + argb.length
                    + " colour entries: need a positive size and width·height entries");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.depth = new float[width * height];
        this.pick = new int[width * height];
    }

    public FrameBuffers(int width, int height) {
        this(width, height, new int[Math.max(0, width) * Math.max(0, height)]);
    }

    /** Writes a pixel when {@code d} is nearer than what is there; keeps the point index when {@code point} is −1. */
    void plot(int x, int y, float d, int colour, int point) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int o = y * width + x;
        if (d < depth[o]) {
            depth[o] = d;
            argb[o] = colour;
            if (point >= 0) {
                pick[o] = point;
            }
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int[] argb() {
        return argb;
    }

    public float[] depth() {
        return depth;
    }

    public int[] pick() {
        return pick;
    }
}
