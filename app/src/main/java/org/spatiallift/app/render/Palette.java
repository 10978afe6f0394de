package org.spatiallift.app.render;

/**
 * The colour palette texture of point meshes: 5 bits per channel of red, green and blue, 32768 colours laid out as
 * {@value #WIDTH} x {@value #HEIGHT} texels. A point's colour is chosen by its texture coordinate, so one mesh and one
 * material draw any number of colours.
 */
public final class Palette {

    public static final int WIDTH = 256;
    public static final int HEIGHT = 128;
    public static final int SIZE = WIDTH * HEIGHT;

    private Palette() {
    }

    /** Palette entry of a colour 0xRRGGBB: its top 5 bits of red, green and blue. */
    public static int index(int rgb) {
        int r = (rgb >> 19) & 0x1F, g = (rgb >> 11) & 0x1F, b = (rgb >> 3) & 0x1F;
        return (r << 10) | (g << 5) | b;
    }

    /** The colour 0xRRGGBB a palette entry stands for (the centre of its 8-level bin). */
    public static int colour(int index) {
        int r = (index >> 10) & 0x1F, g = (index >> 5) & 0x1F, b = index & 0x1F;
        return ((r << 3) | 4) << 16 | ((g << 3) | 4) << 8 | ((b << 3) | 4);
    }

    /** Texture coordinates (u, v) of every entry's texel centre, entry i at (2i, 2i + 1). */
    public static float[] texCoords() {
        float[] tc = new float[2 * SIZE];
        for (int i = 0; i < SIZE; i++) {
            tc[2 * i] = ((i % WIDTH) + 0.5f) / WIDTH;
            tc[2 * i + 1] = ((i / WIDTH) + 0.5f) / HEIGHT;
        }
        return tc;
    }

    /** The texture's pixels, row-major 0xAARRGGBB. */
    public static int[] texels() {
        int[] argb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            argb[i] = 0xFF000000 | colour(i);
        }
        return argb;
    }
}
