package org.spatiallift.engine.scene;

/**
 * Where an object is in the image: an axis-aligned box in pixel coordinates (x right, y down, origin at the top-left
 * corner of the top-left pixel; x0 ≤ x1, y0 ≤ y1; not clipped to the image), such as a detector's box.
 */
public record ImageBox(double x0, double y0, double x1, double y1) {

    public ImageBox {
        if (!(x0 <= x1) || !(y0 <= y1)) {
            throw new IllegalArgumentException("an image box needs x0 <= x1 and y0 <= y1 (pixels), got " + x0 + ", "
                    + y0 + ", " + x1 + ", " + y1);
        }
    }
}
