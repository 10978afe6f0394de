package org.spatiallift.engine.perception.detect;

/**
 * An axis-aligned box in the image's own pixel coordinates (x right, y down, origin at the top-left corner of the
 * top-left pixel; x0 ≤ x1, y0 ≤ y1; not clipped to the image).
 */
public record PixelBox(double x0, double y0, double x1, double y1) {

    public PixelBox {
        if (!(x0 <= x1) || !(y0 <= y1)) {
            throw new IllegalArgumentException("a box needs x0 ≤ x1 and y0 ≤ y1, got " + x0 + ", " + y0 + ", " + x1 + ", " + y1);
        }
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (y0 + y1) / 2;
    }

    /** Intersection over union: area(A ∩ B) / area(A ∪ B); 0 for disjoint or empty boxes. */
    public double iou(PixelBox o) {
        double iw = Math.min(x1, o.x1) - Math.max(x0, o.x0);
        double ih = Math.min(y1, o.y1) - Math.max(y0, o.y0);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (width() * height() + o.width() * o.height() - inter);
    }
}
