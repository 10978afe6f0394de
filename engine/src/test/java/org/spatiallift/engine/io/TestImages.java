package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.spatiallift.engine.image.ColorImage;

/** Images encoded with ImageIO for tests, and colour comparison. */
final class TestImages {

    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;
    static final int WHITE = 0xFFFFFF;

    private TestImages() {
    }

    /** Four flat quadrants: top-left red, top-right green, bottom-left blue, bottom-right white. */
    static BufferedImage quadrants(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean right = x >= width / 2;
                boolean bottom = y >= height / 2;
                img.setRGB(x, y, bottom ? (right ? WHITE : BLUE) : (right ? GREEN : RED));
            }
        }
        return img;
    }

    /** A smooth, detailed image (so a truncated encode really misses pixels). */
    static BufferedImage gradient(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / width;
                int g = y * 255 / height;
                int b = (x * 7 + y * 13) & 0xFF;
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    /** {@code img} encoded by ImageIO as {@code format} ("jpg", "png", "bmp", "ppm" via TwelveMonkeys, "gif", "tiff"). */
    static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Largest per-channel difference between two packed RGB colours. */
    static int channelDistance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }

    /** Whether pixel (u, v) of {@code img} is within {@code tolerance} per channel of {@code rgb}. */
    static boolean near(ColorImage img, int u, int v, int rgb, int tolerance) {
        return channelDistance(img.rgbAt(u, v), rgb) <= tolerance;
    }
}
