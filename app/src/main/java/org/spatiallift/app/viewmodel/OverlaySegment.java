package org.spatiallift.app.viewmodel;

/**
 * One mark of what a QA measured: ends {@code a} and {@code b} in the canonical frame (metres) and, where they lie in
 * front of the camera, in image pixels (null otherwise), with a label that carries unit and frame.
 *
 * @param shape LINE for distances, BAR for heights and elevations (vertical, with end ticks), ARROW for offsets and
 *              directions (from the reference object towards the object asked about)
 */
public record OverlaySegment(Shape shape, double[] a, double[] b, double[] aPixel, double[] bPixel, String label) {

    public enum Shape {
        LINE,
        BAR,
        ARROW
    }

    /** Length in metres. */
    public double lengthM() {
        double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
