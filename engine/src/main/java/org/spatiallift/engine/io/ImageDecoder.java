package org.spatiallift.engine.io;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes JPEG, PNG, BMP and PPM/PGM files with ImageIO, strictly: the size in the header is checked against the
 * {@link ImageLimits} before any pixel is decoded, and any decoder warning (the JPEG decoder only warns on a
 * truncated file and fills the rest with grey) is an error, so a partial image is never returned.
 */
final class ImageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);

    private ImageDecoder() {
    }

    /** The size in the header of {@code file}'s first image, checked against {@code limits}; nothing is decoded. */
    static ImageSize size(Path file, FileKind kind, ImageLimits limits) throws InputException {
        ImageReader reader = reader(file, kind);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            limits.check(file, width, height);
            return new ImageSize(width, height);
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, kind, describe(e), e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(Path file, FileKind kind) throws InputException {
        if (kind.imageIoName() == null) {
            throw new IllegalArgumentException(kind + " is not decoded with ImageIO");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.imageIoName());
        if (!readers.hasNext()) {
            throw new InputException(file, "no decoder for " + kind.description() + " is installed",
                    "Convert the image to PNG");
        }
        return readers.next();
    }

    /** Decodes the first image of {@code file}, which {@link FileKind#sniff} found to be {@code kind}. */
    static BufferedImage decode(Path file, FileKind kind, ImageLimits limits) throws InputException {
        ImageReader reader = reader(file, kind);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            limits.check(file, width, height);
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw corrupt(file, kind, warnings.get(0), null);
            }
            if (image.getWidth() != width || image.getHeight() != height) {
                throw corrupt(file, kind, "decoded " + image.getWidth() + "x" + image.getHeight()
                        + " pixels but the header says " + width + "x" + height, null);
            }
            LOG.debug("{}: decoded {} of {}x{} with {}", file, kind, width, height, reader.getClass().getSimpleName());
            return image;
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, kind, describe(e), e);
        } finally {
            reader.dispose();
        }
    }

    private static InputException corrupt(Path file, FileKind kind, String detail, Throwable cause) {
        return new InputException(file, "is corrupt or truncated (" + kind.description() + ": " + detail + ")",
                "Re-export or re-download the file; a partially decoded image is not used", cause);
    }

    /** The most telling message of an exception chain ("Unexpected end of ZLIB input stream"). */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() != null ? t.getMessage()
                    : t instanceof EOFException ? "the file ends early" : t.getClass().getSimpleName();
            if (sb.indexOf(m) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
