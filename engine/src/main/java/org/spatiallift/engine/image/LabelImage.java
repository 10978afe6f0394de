package org.spatiallift.engine.image;

/** An instance label map, row-major: 0 is background, any other value an instance id. */
public record LabelImage(int width, int height, int[] ids) {

    public LabelImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a label image needs a positive size, got " + width + "x" + height);
        }
        if (ids.length != (long) width * height) {
            throw new IllegalArgumentException("labels have " + ids.length + " pixels, expected " + width + "x" + height);
        }
    }

    public int at(int u, int v) {
        return ids[v * width + u];
    }
}
