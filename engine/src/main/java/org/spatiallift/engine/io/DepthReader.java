package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.DepthImage;

/**
 * Reads a depth file into metres (0 = missing) in the given {@link DepthFormat}. For the PNG formats each 16-bit
 * sample v becomes v / scale in float32 — {@code (float) v / (float) scale}, the arithmetic of Open3D's
 * {@code ConvertDepthToFloatImage} — so depth cuts count the same pixels as Open3D. NaN, infinite or negative
 * depth, and depth with no valid pixel, are errors.
 */
public final class DepthReader {

    private static final Logger LOG = LoggerFactory.getLogger(DepthReader.class);

    private DepthReader() {
    }

    /**
     * Reads {@code file} as {@code format}.
     *
     * @param scaleOrNull depth units per metre, or null for {@link DepthFormat#defaultScale()}
     */
    public static DepthImage read(Path file, DepthFormat format, Double scaleOrNull, ImageLimits limits)
            throws InputException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(limits, "limits");
        requireValidScale(scaleOrNull);
        if (scaleOrNull != null && !format.acceptsScale()) {
            throw InputException.forValue("--depth-scale", "does not apply to --depth-format " + format.cliName()
                    + " (its formula gives metres)", "Leave out --depth-scale");
        }
        FileChecks.requireReadableFile(file, "depth file");
        FileKind kind = FileKind.sniff(file);
        double scale = scaleOrNull != null ? scaleOrNull : format.defaultScale();
        DepthImage depth = switch (format) {
            case PNG16, TUM, KITTI, SUN -> png16(file, kind, format, scale, limits);
            case NYU_RAW -> NyuRawReader.read(file, kind, limits);
            case NPY -> NpyReader.read(file, kind, scaleOrNull, limits);
            case PFM -> PfmReader.read(file, kind, scale, limits);
        };
        DepthValidation.requireUsable(file, depth, format);
        LOG.debug("{}: depth {}x{} as {} (scale {}), {} valid pixels", file, depth.width(), depth.height(),
                format.cliName(), scale, depth.countInRange(0, Double.MAX_VALUE));
        return depth;
    }

    /** A --depth-scale must be positive and finite (null means the format's default). */
    public static void requireValidScale(Double scale) throws InputException {
        if (scale != null && !(scale > 0 && Double.isFinite(scale))) {
            throw InputException.forValue("--depth-scale", "must be a positive number of depth units per metre, got "
                    + scale, "Give e.g. --depth-scale 1000 for millimetres");
        }
    }

    /**
     * A 16-bit grey PNG: metres = v / scale in float32; for {@link DepthFormat#SUN} v is first un-rotated,
     * d = ((v &gt;&gt; 3) | (v &lt;&lt; 13)) &amp; 0xFFFF.
     */
    private static DepthImage png16(Path file, FileKind kind, DepthFormat format, double scale, ImageLimits limits)
            throws InputException {
        if (kind != FileKind.PNG) {
            throw new InputException(file, "is " + kind.description() + ", but --depth-format " + format.cliName()
                    + " expects a 16-bit greyscale PNG", "Give the depth PNG, or pass the --depth-format that matches"
                    + " the file (" + DepthFormat.cliNames() + ")");
        }
        BufferedImage image = ImageDecoder.decode(file, kind, limits);
        Raster raster = image.getRaster();
        String remedy = "Save the depth as a single-channel 16-bit PNG (8 bits cannot hold metric depth),"
                + " or pass the --depth-format that matches the file";
        if (image.getColorModel() instanceof IndexColorModel) {
            throw new InputException(file, "is a palette PNG, but " + format.cliName() + " depth needs 16-bit grey", remedy);
        }
        if (raster.getNumBands() != 1) {
            throw new InputException(file, "has " + raster.getNumBands() + " channels, but " + format.cliName()
                    + " depth needs 1 (16-bit grey)", remedy);
        }
        int bits = raster.getSampleModel().getSampleSize(0);
        if (bits != 16) {
            throw new InputException(file, "has " + bits + "-bit samples, but " + format.cliName()
                    + " depth needs 16-bit grey", remedy);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float s = (float) scale;
        float[] metres = new float[w * h];
        boolean sun = format == DepthFormat.SUN;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int d = sun ? ((row[x] >> 3) | (row[x] << 13)) & 0xFFFF : row[x];
                metres[y * w + x] = d / s;
            }
        }
        return new DepthImage(w, h, metres);
    }
}
