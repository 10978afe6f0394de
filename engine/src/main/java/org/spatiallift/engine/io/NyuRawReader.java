package org.spatiallift.engine.io;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.spatiallift.engine.image.DepthImage;

/**
 * NYU Depth v2 raw depth: a binary 16-bit PGM (P5, maxval &gt; 255) whose samples are little-endian, against the
 * PGM standard, each a raw 11-bit Kinect disparity v. Depth in metres: z = 351.3 / (1092.5 − v), computed in double
 * and rounded to float; v = 2047 (the Kinect's "no reading") and every v ≥ 1093, which would give z ≤ 0, are
 * missing (0).
 */
final class NyuRawReader {

    /** The Kinect's "no depth" disparity. */
    static final int NO_DEPTH = 2047;

    private NyuRawReader() {
    }

    static DepthImage read(Path file, FileKind kind, ImageLimits limits) throws InputException {
        if (kind != FileKind.PNM) {
            throw new InputException(file, "is " + kind.description() + ", but the depth format nyu-raw expects a"
                    + " 16-bit binary PGM (P5)", Advice.CHOOSE_DEPTH_FORMAT.commandLine())
                    .advise(Advice.CHOOSE_DEPTH_FORMAT);
        }
        TextHeader header = TextHeader.read(file, 4, true, "PGM");
        String magic = header.tokens().get(0);
        if (!"P5".equals(magic)) {
            throw new InputException(file, "is a " + magic + " Netpbm file, but nyu-raw needs a binary greyscale PGM (P5)",
                    "Give the raw NYU depth .pgm, or convert the depth to a 16-bit PNG and pass --depth-format png16")
                    .advise(Advice.CHOOSE_DEPTH_FORMAT);
        }
        int width = header.positiveInt(file, 1, "width", "PGM");
        int height = header.positiveInt(file, 2, "height", "PGM");
        int maxval = header.positiveInt(file, 3, "maxval", "PGM");
        if (maxval <= 255) {
            throw new InputException(file, "is an 8-bit PGM (maxval " + maxval + "), but NYU raw depth is 16-bit",
                    "Give the raw 16-bit NYU depth .pgm; 8 bits cannot hold Kinect disparity");
        }
        limits.check(file, width, height);
        float[] metres = new float[width * height];
        int[] tooLarge = {0, -1, 0};
        BinarySamples.read(file, header.dataOffset(), width, height, BinarySamples.Type.UINT16, ByteOrder.LITTLE_ENDIAN,
                (i, value) -> {
                    int v = (int) value;
                    if (v > NO_DEPTH) {
                        if (tooLarge[0]++ == 0) {
                            tooLarge[1] = i;
                            tooLarge[2] = v;
                        }
                    } else if (v != NO_DEPTH) {
                        double z = 351.3 / (1092.5 - v);
                        metres[i] = z > 0 ? (float) z : 0f;
                    }
                });
        if (tooLarge[0] > 0) {
            int i = tooLarge[1];
            throw new InputException(file, tooLarge[0] + " samples exceed 2047 (first at pixel (" + i % width + ", "
                    + i / width + ") = " + tooLarge[2] + "), which 11-bit Kinect disparity never does, so this is not a"
                    + " little-endian NYU raw depth file",
                    "If it is a standard (big-endian) PGM of millimetres, convert it to a 16-bit PNG and pass --depth-format png16")
                    .advise(Advice.CHOOSE_DEPTH_FORMAT);
        }
        return new DepthImage(width, height, metres);
    }
}
