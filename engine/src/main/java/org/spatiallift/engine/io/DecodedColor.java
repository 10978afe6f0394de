package org.spatiallift.engine.io;

import org.spatiallift.engine.image.ColorImage;

/**
 * A decoded colour image, already turned upright by its EXIF orientation, and the EXIF data that came with it.
 *
 * @param image the upright image
 * @param exif  its EXIF data ({@link ExifInfo#none()} when the file has none)
 */
public record DecodedColor(ColorImage image, ExifInfo exif) {
}
