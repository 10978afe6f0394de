package org.spatiallift.app.render;

/**
 * The frame drawn for a view: {@code width} × {@code height} device pixels for a view of logical size at a screen's
 * output scale ({@code scaleX}, {@code scaleY} device pixels per logical pixel; 2 on most HiDPI screens), so the image is
 * drawn at the screen's resolution and shown at the view's logical size instead of being scaled up. A view position
 * (x, y) is the device position (x·scaleX, y·scaleY).
 */
public record FrameSize(int width, int height, double scaleX, double scaleY) {

    public FrameSize {
        if (width < 1 || height < 1 || !(scaleX > 0) || !(scaleY > 0)) {
            throw new IllegalArgumentException("frame of " + width + " × " + height + " px at scale " + scaleX + " × "
                    + scaleY + ": need at least 1 × 1 px and positive scales");
        }
    }

    /** The frame for a view of {@code viewWidth} × {@code viewHeight} logical pixels: ceil(size·scale), at least 1. */
    public static FrameSize of(double viewWidth, double viewHeight, double scaleX, double scaleY) {
        return new FrameSize(Math.max(1, (int) Math.ceil(viewWidth * scaleX - 1e-9)),
                Math.max(1, (int) Math.ceil(viewHeight * scaleY - 1e-9)), scaleX, scaleY);
    }

    /** The logical width the frame is shown at (the view's width, rounded up to whole device pixels). */
    public double viewWidth() {
        return width / scaleX;
    }

    /** The logical height the frame is shown at. */
    public double viewHeight() {
        return height / scaleY;
    }

    /** A line or brush width of {@code viewPx} logical pixels in device pixels (at least 1). */
    public int devicePx(int viewPx) {
        return Math.max(1, (int) Math.round(viewPx * Math.max(scaleX, scaleY)));
    }
}
