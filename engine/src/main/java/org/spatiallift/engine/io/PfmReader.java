package org.spatiallift.engine.io;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.spatiallift.engine.image.DepthImage;

/**
 * Portable Float Map depth: header "Pf", width, height, scale; then float32 samples, rows stored bottom to top.
 * A negative header scale means little-endian, a positive one big-endian; its magnitude is not used.
 * Metres = sample / depthScale, in float32.
 */
final class PfmReader {

    private PfmReader() {
    }

    static DepthImage read(Path file, FileKind kind, double depthScale, ImageLimits limits) throws InputException {
        if (kind != FileKind.PFM) {
            throw new InputException(file, "is " + kind.description() + ", but the depth format pfm expects a PFM file"
                    + " (Pf)", Advice.CHOOSE_DEPTH_FORMAT.commandLine()).advise(Advice.CHOOSE_DEPTH_FORMAT);
        }
        TextHeader header = TextHeader.read(file, 4, false, "PFM");
        if ("PF".equals(header.tokens().get(0))) {
            throw new InputException(file, "is a colour PFM (PF, 3 channels), but depth needs one channel",
                    "Save the depth as a greyscale PFM (Pf)");
        }
        int width = header.positiveInt(file, 1, "width", "PFM");
        int height = header.positiveInt(file, 2, "height", "PFM");
        double endian;
        try {
            endian = Double.parseDouble(header.tokens().get(3));
        } catch (NumberFormatException e) {
            endian = Double.NaN;
        }
        if (!Double.isFinite(endian) || endian == 0) {
            throw new InputException(file, "has an invalid PFM scale '" + header.tokens().get(3)
                    + "' (its sign gives the byte order)", "Re-export the file; -1.0 means little-endian, 1.0 big-endian");
        }
        limits.check(file, width, height);
        ByteOrder order = endian < 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        float s = (float) depthScale;
        float[] metres = new float[width * height];
        BinarySamples.read(file, header.dataOffset(), width, height, BinarySamples.Type.FLOAT32, order, (i, value) -> {
            int fileRow = i / width;
            metres[(height - 1 - fileRow) * width + i % width] = (float) value / s;
        });
        return new DepthImage(width, height, metres);
    }
}
