package org.spatiallift.app.render;

/** An axis-aligned box in a view's coordinates (pixels, y down): top-left corner ({@code x}, {@code y}) and size. */
public record ScreenBox(double x, double y, double width, double height) {

    public ScreenBox {
        if (!(width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("box of " + width + " × " + height + " px: a size is never negative");
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** Whether the two boxes share more than an edge. */
    public boolean overlaps(ScreenBox o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** Whether this box lies wholly inside {@code [0, w] × [0, h]}. */
    public boolean inside(double w, double h) {
        return x >= 0 && y >= 0 && maxX() <= w && maxY() <= h;
    }

    /** The point of this box nearest (px, py): the point itself when inside. */
    public double[] nearest(double px, double py) {
        return new double[] {Math.max(x, Math.min(maxX(), px)), Math.max(y, Math.min(maxY(), py))};
    }

    /** The distance from (px, py) to this box (0 inside). */
    public double distanceTo(double px, double py) {
        double[] n = nearest(px, py);
        return Math.hypot(n[0] - px, n[1] - py);
    }
}
