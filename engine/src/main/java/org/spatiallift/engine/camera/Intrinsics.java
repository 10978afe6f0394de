package org.spatiallift.engine.camera;

/**
 * Pinhole intrinsics in pixels for an image of {@code width} x {@code height}: focal lengths fx, fy and the
 * principal point (cx, cy), with pixel centres at integer coordinates (u, v).
 */
public record Intrinsics(double fx, double fy, double cx, double cy, int width, int height, IntrinsicsSource source) {

    public Intrinsics {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("intrinsics need a positive image size, got " + width + "x" + height);
        }
        if (!(fx > 0) || !(fy > 0) || !Double.isFinite(fx) || !Double.isFinite(fy)) {
            throw new IllegalArgumentException("focal lengths must be positive and finite, got fx=" + fx + " fy=" + fy
                    + " px; give --intrinsics fx,fy,cx,cy with fx, fy > 0");
        }
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("principal point must be finite, got cx=" + cx + " cy=" + cy);
        }
        if (source == null) {
            throw new IllegalArgumentException("intrinsics need a source");
        }
    }

    /** The PrimeSense/Kinect default for 640x480 used by TUM, Redwood, SUN and NYU: fx = fy = 525, cx = 319.5, cy = 239.5. */
    public static Intrinsics primeSense() {
        return new Intrinsics(525.0, 525.0, 319.5, 239.5, 640, 480, IntrinsicsSource.GIVEN);
    }

    /** Horizontal field of view in degrees: 2·atan(width / (2·fx)). */
    public double horizontalFovDeg() {
        return Math.toDegrees(2 * Math.atan(width / (2 * fx)));
    }

    /** Intrinsics with a pinhole of horizontal field of view {@code fovDeg}, principal point at the image centre. */
    public static Intrinsics fromHorizontalFov(double fovDeg, int width, int height, IntrinsicsSource source) {
        double f = width / (2 * Math.tan(Math.toRadians(fovDeg) / 2));
        return new Intrinsics(f, f, (width - 1) / 2.0, (height - 1) / 2.0, width, height, source);
    }
}
