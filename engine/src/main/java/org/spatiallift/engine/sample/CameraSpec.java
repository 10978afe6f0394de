package org.spatiallift.engine.sample;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.frame.CameraOrientation;

/**
 * The camera of a generated scene: at canonical (0, 0, heightM), looking along +y when pitch and roll are 0,
 * tilted by pitch and roll as defined by {@link CameraOrientation}; a pinhole of horizontal field of view
 * {@code hfovDeg} with the principal point at the image centre.
 */
public record CameraSpec(double heightM, double pitchDeg, double rollDeg, double hfovDeg, int width, int height) {

    public CameraSpec {
        if (!(heightM > 0) || !Double.isFinite(heightM)) {
            throw new IllegalArgumentException("camera height must be positive and finite (m), got " + heightM);
        }
        if (!(Math.abs(pitchDeg) < 90) || !(Math.abs(rollDeg) <= 90)) {
            throw new IllegalArgumentException("pitch must lie in (−90, 90)° and roll in [−90, 90]°, got pitch="
                    + pitchDeg + " roll=" + rollDeg);
        }
        if (!(hfovDeg > 1) || !(hfovDeg < 170)) {
            throw new IllegalArgumentException("horizontal field of view must lie in (1, 170)°, got " + hfovDeg);
        }
        if (width <= 0 || height <= 0 || (long) width * height > 50_000_000L) {
            throw new IllegalArgumentException("image size must be positive and at most 50 megapixels, got " + width + "x" + height);
        }
    }

    public CameraOrientation orientation() {
        return new CameraOrientation(pitchDeg, rollDeg);
    }

    /** fx = fy = width / (2·tan(hfov/2)), cx = (width − 1)/2, cy = (height − 1)/2. */
    public Intrinsics intrinsics() {
        return Intrinsics.fromHorizontalFov(hfovDeg, width, height, IntrinsicsSource.GIVEN);
    }

    /** The same camera with another image size (same field of view), e.g. for a quick preview render. */
    public CameraSpec withImageSize(int w, int h) {
        return new CameraSpec(heightM, pitchDeg, rollDeg, hfovDeg, w, h);
    }
}
