package org.spatiallift.engine.perception.detect;

/**
 * The raw CenterNet head outputs for one image, channels-last as the model writes them: {@code heat[(y·W + x)·C + c]}
 * is the centre score of class c at cell (x, y) after the sigmoid; {@code sizes[(y·W + x)·4 + k]} the distances from
 * that cell's centre to the box's left, top, right and bottom edges (k = 0..3), in input pixels.
 */
public record HeatMap(float[] heat, float[] sizes, int width, int height, int classes) {

    public HeatMap {
        if (heat.length != (long) width * height * classes || sizes.length != (long) width * height * 4) {
            throw new IllegalArgumentException("heat map " + width + "x" + height + "x" + classes + " has " + heat.length
                    + " scores and " + sizes.length + " sizes");
        }
    }
}
