package org.spatiallift.engine.perception.mask;

import java.util.Objects;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthDensity;
import org.spatiallift.engine.image.DepthImage;

/**
 * What a {@link MaskSource} may look at.
 *
 * @param color              the colour image
 * @param depth              metric depth (z, metres) of the same size; 0 = none
 * @param intrinsics         pinhole intrinsics of that size, to lift pixels for the support-plane test
 * @param supportPlaneCamera the floor (or table) plane in the camera frame with its normal pointing down, or null when
 *                           the scene has none; pixels on it are never part of an object
 * @param minDepthM          depths at or below this are ignored (as the lift ignores them)
 * @param maxDepthM          depths beyond this are ignored
 * @param density            how densely the depth covers the image ({@link DepthDensity}): in sparse depth a box
 *                           without depth at its centre is kept and masks need fewer points
 */
public record MaskInput(ColorImage color, DepthImage depth, Intrinsics intrinsics, Plane supportPlaneCamera,
                        double minDepthM, double maxDepthM, DepthDensity density) {

    /** The input with the depth's density measured ({@link DepthDensity#of}). */
    public MaskInput(ColorImage color, DepthImage depth, Intrinsics intrinsics, Plane supportPlaneCamera,
                     double minDepthM, double maxDepthM) {
        this(color, depth, intrinsics, supportPlaneCamera, minDepthM, maxDepthM, DepthDensity.of(depth));
    }

    public MaskInput {
        Objects.requireNonNull(density, "density");
        if (color.width() != depth.width() || color.height() != depth.height()
                || intrinsics.width() != color.width() || intrinsics.height() != color.height()) {
            throw new IllegalArgumentException("colour " + color.width() + "x" + color.height() + ", depth "
                    + depth.width() + "x" + depth.height() + " and intrinsics " + intrinsics.width() + "x"
                    + intrinsics.height() + " must be the same size");
        }
        if (!(minDepthM >= 0) || !(maxDepthM > minDepthM)) {
            throw new IllegalArgumentException("depth range must satisfy 0 <= min < max, got (" + minDepthM + ", "
                    + maxDepthM + "] m");
        }
    }

    public int width() {
        return color.width();
    }

    public int height() {
        return color.height();
    }
}
