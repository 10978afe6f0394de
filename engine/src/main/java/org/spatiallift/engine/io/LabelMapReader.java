package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * Reads an instance label map: a single-channel PNG (1–16-bit grey; for a palette PNG the palette index) whose pixel
 * value is the instance id, 0 = background; plus an optional names file (see {@link LabelNames} for its forms).
 * Ids without a name are fine ("object &lt;id&gt;"), and so are names of ids absent from the map.
 */
public final class LabelMapReader {

    private static final Logger LOG = LoggerFactory.getLogger(LabelMapReader.class);
    private static final String REMEDY = "Save the label map as a single-channel 8- or 16-bit greyscale PNG whose"
            + " pixel values are instance ids (0 = background)";

    private LabelMapReader() {
    }

    /**
     * Reads {@code labelMap} and, when not null, the names in {@code namesOrNull}.
     */
    public static ObjectLabels read(Path labelMap, Path namesOrNull, ImageLimits limits) throws InputException {
        LabelImage labels = readLabels(labelMap, limits);
        Map<Integer, String> names = namesOrNull == null ? Map.of() : readNames(namesOrNull);
        return new ObjectLabels(labels, names);
    }

    /** The label image alone. */
    public static LabelImage readLabels(Path labelMap, ImageLimits limits) throws InputException {
        FileChecks.requireReadableFile(labelMap, "label map");
        FileKind kind = FileKind.sniff(labelMap);
        if (kind != FileKind.PNG) {
            throw new InputException(labelMap, "is " + kind.description() + ", but a label map must be a PNG", REMEDY);
        }
        BufferedImage image = ImageDecoder.decode(labelMap, kind, limits);
        Raster raster = image.getRaster();
        if (raster.getNumBands() != 1) {
            throw new InputException(labelMap, "has " + raster.getNumBands() + " channels, but a label map needs one",
                    REMEDY);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] ids = raster.getSamples(0, 0, w, h, 0, new int[w * h]);
        LOG.debug("{}: label map {}x{}", labelMap, w, h);
        return new LabelImage(w, h, ids);
    }

    /** The names file alone: id → name. */
    public static Map<Integer, String> readNames(Path names) throws InputException {
        return LabelNames.parse(names);
    }
}
