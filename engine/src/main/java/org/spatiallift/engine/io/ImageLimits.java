package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Limits on the images a reader accepts. An image (or depth array) whose header claims more than {@code maxPixels}
 * pixels (width · height) is refused before any pixel is decoded, so a small file claiming a huge size cannot
 * exhaust memory.
 *
 * @param maxPixels largest accepted width · height; at most {@link #MAX_ARRAY_PIXELS} (one Java array)
 */
public record ImageLimits(long maxPixels) {

    /** Default cap: 100 megapixels (about 400 MB as packed RGB). */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    /** The largest pixel count that fits one Java array. */
    public static final long MAX_ARRAY_PIXELS = Integer.MAX_VALUE - 8L;

    public ImageLimits {
        if (maxPixels < 1 || maxPixels > MAX_ARRAY_PIXELS) {
            throw new IllegalArgumentException("maxPixels must be in [1, " + MAX_ARRAY_PIXELS + "], got " + maxPixels);
        }
    }

    /**
     * Limits from a value the user gave with {@code option} ("--max-pixels"), refused with a message naming the
     * option, the value and the accepted range.
     */
    public static ImageLimits fromOption(String option, long maxPixels) throws InputException {
        if (maxPixels < 1 || maxPixels > MAX_ARRAY_PIXELS) {
            throw InputException.forValue(option, maxPixels + " is not a usable pixel limit: it must be at least 1 and"
                    + " at most " + MAX_ARRAY_PIXELS + " pixels (width · height)",
                    "Give the largest width · height to accept, e.g. " + option + " " + DEFAULT_MAX_PIXELS
                            + " (the default)");
        }
        return new ImageLimits(maxPixels);
    }

    /** The default limits ({@value #DEFAULT_MAX_PIXELS} pixels). */
    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_MAX_PIXELS);
    }

    /**
     * Refuses a header that claims {@code width} x {@code height} pixels when that exceeds {@link #maxPixels()}
     * or is not a positive size.
     */
    public void check(Path file, long width, long height) throws InputException {
        if (width <= 0 || height <= 0) {
            throw new InputException(file, "the header claims an image of " + width + "x" + height
                    + " pixels, which is empty or invalid", "Give an image with at least one pixel; the file may be corrupt");
        }
        long pixels = width * height;
        if (height > Long.MAX_VALUE / width || pixels > maxPixels) {
            throw new InputException(file, "the header claims " + width + "x" + height + " pixels ("
                    + size(width / 1e6 * height) + "), more than the limit of " + size(maxPixels / 1e6)
                    + "; it was not decoded",
                    "If the image is genuine, raise the limit (--max-pixels N on the command line) or downscale the image");
        }
    }

    private static String size(double megapixels) {
        return megapixels >= 0.1 ? String.format(Locale.ROOT, "%.1f megapixels", megapixels)
                : Math.round(megapixels * 1e6) + " pixels";
    }
}
