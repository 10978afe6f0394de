package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/**
 * The gravity-aligned frame of a scene.
 *
 * @param canonical          true when gravity comes from a fitted support plane; false when an upright camera was assumed
 * @param support            what the frame stands on
 * @param reason             why this support was chosen, or why none was usable (shown to the user)
 * @param supportPlaneCamera the support plane in the camera frame with its normal pointing down (away from the camera), or null for NONE
 * @param downCamera         unit gravity direction in the camera frame
 * @param cameraToCanonical  p_canonical = R·p_camera + t (see {@link CameraOrientation#cameraToCanonical})
 * @param cameraHeightM      camera height above the support plane in metres (for NONE, the assumed height)
 * @param orientation        camera pitch and roll in degrees
 */
public record CanonicalFrame(boolean canonical, SupportKind support, String reason, Plane supportPlaneCamera,
                             Vec3 downCamera, RigidTransform cameraToCanonical, double cameraHeightM,
                             CameraOrientation orientation) {
}
