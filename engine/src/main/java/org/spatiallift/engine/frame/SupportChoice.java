package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;

/**
 * What {@link FloorSelector} chose to stand the scene on.
 *
 * @param kind        floor, table top, or none
 * @param planeCamera the chosen plane in the camera frame, normal pointing away from the camera (down); null for NONE
 * @param planeIndex  its index in the plane list it was chosen from, or −1 for NONE
 * @param inlierCount its inlier count, or 0 for NONE
 * @param reason      which plane was chosen and why, or why none was (for the user)
 */
public record SupportChoice(SupportKind kind, Plane planeCamera, int planeIndex, int inlierCount, String reason) {

    public SupportChoice {
        if ((kind == SupportKind.NONE) != (planeCamera == null)) {
            throw new IllegalArgumentException("a support plane is required for " + kind + " and only for it");
        }
    }

    /** Camera height above the chosen plane in metres (the plane's distance from the camera), NaN for NONE. */
    public double cameraHeightM() {
        return planeCamera == null ? Double.NaN : -planeCamera.offset();
    }
}
