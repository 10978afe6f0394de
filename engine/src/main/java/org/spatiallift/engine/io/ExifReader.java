package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.file.Path;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads orientation and focal-length tags with metadata-extractor. EXIF is advisory: a damaged EXIF block is
 * logged and ignored (the pixels decode on their own), never an error.
 */
final class ExifReader {

    private static final Logger LOG = LoggerFactory.getLogger(ExifReader.class);

    private ExifReader() {
    }

    static ExifInfo read(Path file, FileKind kind) {
        Metadata metadata;
        try {
            if (kind == FileKind.JPEG) {
                metadata = JpegMetadataReader.readMetadata(file.toFile());
            } else if (kind == FileKind.PNG) {
                metadata = PngMetadataReader.readMetadata(file.toFile());
            } else {
                return ExifInfo.none();
            }
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            LOG.warn("{}: could not read EXIF ({}); assuming upright and no focal length", file, e.getMessage());
            return ExifInfo.none();
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Integer orientation = integer(ifd0, ExifDirectoryBase.TAG_ORIENTATION);
        if (orientation != null && (orientation < 1 || orientation > 8)) {
            LOG.warn("{}: EXIF orientation {} is not 1..8; treating the image as upright", file, orientation);
            orientation = null;
        }
        ExifInfo info = new ExifInfo(orientation == null ? 1 : orientation,
                positive(number(sub, ExifDirectoryBase.TAG_FOCAL_LENGTH)),
                positive(number(sub, ExifDirectoryBase.TAG_35MM_FILM_EQUIV_FOCAL_LENGTH)),
                focalPlanePixelsPerMm(sub),
                positiveInt(integer(sub, ExifDirectoryBase.TAG_EXIF_IMAGE_WIDTH)),
                positiveInt(integer(sub, ExifDirectoryBase.TAG_EXIF_IMAGE_HEIGHT)));
        LOG.debug("{}: {}", file, info);
        return info;
    }

    /**
     * FocalPlaneXResolution in pixels per millimetre: the tag gives pixels per unit, where FocalPlaneResolutionUnit
     * is 2 = inch (25.4 mm, the EXIF default), 3 = cm, 4 = mm, 5 = µm; 1 (no unit) is unusable.
     */
    private static Double focalPlanePixelsPerMm(Directory sub) {
        Double perUnit = positive(number(sub, ExifDirectoryBase.TAG_FOCAL_PLANE_X_RESOLUTION));
        if (perUnit == null) {
            return null;
        }
        Integer unit = integer(sub, ExifDirectoryBase.TAG_FOCAL_PLANE_RESOLUTION_UNIT);
        int u = unit == null ? 2 : unit;
        return switch (u) {
            case 2 -> perUnit / 25.4;
            case 3 -> perUnit / 10.0;
            case 4 -> perUnit;
            case 5 -> perUnit * 1000.0;
            default -> null;
        };
    }

    private static Integer integer(Directory dir, int tag) {
        return dir == null ? null : dir.getInteger(tag);
    }

    private static Double number(Directory dir, int tag) {
        if (dir == null || !dir.containsTag(tag)) {
            return null;
        }
        Object value = dir.getObject(tag);
        if (value instanceof Rational r) {
            return r.getDenominator() == 0 ? null : r.doubleValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return dir.getDoubleObject(tag);
    }

    private static Double positive(Double d) {
        return d != null && d > 0 && Double.isFinite(d) ? d : null;
    }

    private static Integer positiveInt(Integer i) {
        return i != null && i > 0 ? i : null;
    }
}
