package org.spatiallift.engine.perception.detect;

import java.nio.FloatBuffer;

/**
 * The raw CenterNet head outputs for one image, channels-last as the model writes them: {@code heat.get((y·W + x)·C +
 * c)} is the centre score of class c at cell (x, y) after the sigmoid; {@code sizes.get((y·W + x)·4 + k)} the
 * distances from that cell's centre to the box's left, top, right and bottom edges (k = 0..3), in input pixels.
 * Indexing is absolute (positions and limits of the buffers are ignored); the buffers may be the runtime's own
 * output memory, valid until the next run.
 */
public record HeatMap(FloatBuffer heat, FloatBuffer sizes, int width, int height, int classes) {

    public HeatMap {
        if (heat.capacity() != (long) width * height * classes || sizes.capacity() != (long) width * height * 4) {
            throw new IllegalArgumentException("heat map " + width + "x" + height + "x" + classes + " has " + heat.capacity()
                    + " scores and " + sizes.capacity() + " sizes");
        }
    }

    /** A heat map over arrays (tests, tools). */
    public static HeatMap of(float[] heat, float[] sizes, int width, int height, int classes) {
        return new HeatMap(FloatBuffer.wrap(heat), FloatBuffer.wrap(sizes), width, height, classes);
    }

    /** Score of class c at cell (x, y). */
    public float heatAt(int x, int y, int c) {
        return heat.get((y * width + x) * classes + c);
    }

    /** Size-head value k (0 left, 1 top, 2 right, 3 bottom) at cell (x, y), in input pixels. */
    public float sizeAt(int x, int y, int k) {
        return sizes.get((y * width + x) * 4 + k);
    }

    /** A copy that owns its data (the runtime's buffers are reused by the next run). */
    public HeatMap copy() {
        float[] h = new float[heat.capacity()];
        float[] s = new float[sizes.capacity()];
        heat.duplicate().clear().get(h);
        sizes.duplicate().clear().get(s);
        return of(h, s, width, height, classes);
    }
}
