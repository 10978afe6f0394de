package org.spatiallift.engine.image;

/** An RGB image, row-major, one packed 0xRRGGBB per pixel (pixel (u, v) at index v·width + u). */
public record ColorImage(int width, int height, int[] rgb) {

    public ColorImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, got " + width + "x" + height);
        }
        if (rgb.length != (long) width * height) {
            throw new IllegalArgumentException("rgb has " + rgb.length + " pixels, expected " + width + "x" + height);
        }
    }

    public int rgbAt(int u, int v) {
        return rgb[v * width + u];
    }
}
