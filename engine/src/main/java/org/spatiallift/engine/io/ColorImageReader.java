package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;

/**
 * Reads a colour image: JPEG, PNG (1–16 bit grey, grey + alpha, RGB, RGBA, palette), BMP and binary PPM/PGM, told
 * apart by their first bytes, not by the file name. The image is turned upright by its EXIF orientation; alpha is
 * ignored. Corrupt or truncated files are errors, never partial images.
 */
public final class ColorImageReader {

    /** The formats this reader decodes, for messages. */
    public static final String SUPPORTED = "JPEG, PNG, BMP, PPM/PGM";

    private static final Logger LOG = LoggerFactory.getLogger(ColorImageReader.class);
    private static final Set<FileKind> DECODABLE = EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.BMP, FileKind.PNM);

    private ColorImageReader() {
    }

    /**
     * Refuses a file that is not a colour image this reader decodes, told from its first bytes (magic), without
     * decoding it; returns its kind.
     */
    public static String checkColourImage(Path file) throws InputException {
        return decodableKind(file).description();
    }

    /** Decodes {@code file} within {@code limits} and applies its EXIF orientation. */
    public static DecodedColor read(Path file, ImageLimits limits) throws InputException {
        FileKind kind = decodableKind(file);
        BufferedImage decoded = ImageDecoder.decode(file, kind, limits);
        ColorImage stored = ColorConversion.toColorImage(decoded);
        ExifInfo exif = ExifReader.read(file, kind);
        ColorImage upright = Orientation.apply(stored, exif.orientation());
        LOG.debug("{}: colour {}x{} (EXIF orientation {})", file, upright.width(), upright.height(), exif.orientation());
        return new DecodedColor(upright, exif);
    }

    /** The size {@code file}'s header claims, within {@code limits}, without decoding it (refused like {@link #read}). */
    public static ImageSize size(Path file, ImageLimits limits) throws InputException {
        return ImageDecoder.size(file, decodableKind(file), limits);
    }

    private static FileKind decodableKind(Path file) throws InputException {
        FileChecks.requireReadableFile(file, "colour image");
        FileKind kind = FileKind.sniff(file);
        if (!DECODABLE.contains(kind)) {
            String problem = kind == FileKind.UNKNOWN ? "is not a recognised image format"
                    : "is " + kind.description() + ", which is not a supported colour image format";
            throw new InputException(file, problem, "Supported formats: " + SUPPORTED + "; convert the image to PNG or JPEG");
        }
        return kind;
    }
}
