package org.spatiallift.engine.io;

/**
 * What SpatialLift uses from an image's EXIF block. Every field but the orientation is null when absent.
 *
 * @param orientation           EXIF orientation 1..8 (1 = stored upright); already applied to the decoded image
 * @param focalLengthMm         lens focal length in millimetres (FocalLength)
 * @param focalLength35mm       35 mm-equivalent focal length in millimetres (FocalLengthIn35mmFilm)
 * @param focalPlanePixelsPerMm sensor pixels per millimetre along x (FocalPlaneXResolution / FocalPlaneResolutionUnit)
 * @param pixelWidth            the image width the focal-plane resolution refers to (ExifImageWidth), stored orientation
 * @param pixelHeight           the image height it refers to (ExifImageHeight), stored orientation
 */
public record ExifInfo(int orientation, Double focalLengthMm, Double focalLength35mm, Double focalPlanePixelsPerMm,
                       Integer pixelWidth, Integer pixelHeight) {

    public ExifInfo {
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1..8, got " + orientation);
        }
    }

    /** No EXIF: upright, no focal length. */
    public static ExifInfo none() {
        return new ExifInfo(1, null, null, null, null, null);
    }

    /** Orientations 5..8 swap width and height when applied. */
    public boolean swapsAxes() {
        return orientation >= 5;
    }
}
