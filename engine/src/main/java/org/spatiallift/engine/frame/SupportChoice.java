package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * What {@link FloorSelector} chose to stand the scene on.
 *
 * @param kind                  floor, table top, or none
 * @param planeCamera           the chosen plane in the camera frame, normal = gravity (pointing away from the camera,
 *                              down); null for NONE
 * @param planeIndex            its index in the plane list it was chosen from, −1 for NONE or a plane found along
 *                              gravity
 * @param inlierCount           its inlier count, or 0 for NONE
 * @param reason                which plane was chosen and why, or why none was (for the user)
 * @param downCamera            unit gravity in the camera frame; for NONE the walls' gravity or +y (upright assumed)
 * @param gravityUncertaintyDeg how far gravity may be off, degrees; NaN when it was assumed
 */
public record SupportChoice(SupportKind kind, Plane planeCamera, int planeIndex, int inlierCount, String reason,
                            Vec3 downCamera, double gravityUncertaintyDeg) {

    public SupportChoice {
        if ((kind == SupportKind.NONE) != (planeCamera == null)) {
            throw new IllegalArgumentException("a support plane is required for " + kind + " and only for it");
        }
    }

    /** No support and no gravity: an upright camera is to be assumed. */
    public static SupportChoice none(String reason) {
        return new SupportChoice(SupportKind.NONE, null, -1, 0, reason, Vec3.UNIT_Y, Double.NaN);
    }

    /** Camera height above the chosen plane in metres (the plane's distance from the camera), NaN for NONE. */
    public double cameraHeightM() {
        return planeCamera == null ? Double.NaN : -planeCamera.offset();
    }
}
