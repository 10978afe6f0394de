package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/**
 * The gravity-aligned frame of a scene.
 *
 * @param canonical             true when gravity and height come from a support plane; false when they were assumed
 *                              (an upright camera, or gravity from walls with no floor in view)
 * @param support               what the frame stands on
 * @param reason                why this support was chosen, or why none was usable (shown to the user)
 * @param supportPlaneCamera    the support plane in the camera frame with its normal pointing down (away from the
 *                              camera), or null for NONE
 * @param downCamera            unit gravity direction in the camera frame
 * @param cameraToCanonical     p_canonical = R·p_camera + t (see {@link CameraOrientation#cameraToCanonical})
 * @param cameraHeightM         camera height above the support plane in metres (for NONE, the assumed height)
 * @param orientation           camera pitch and roll in degrees
 * @param gravityUncertaintyDeg how far {@code downCamera} may be from true gravity, degrees: the weighted RMS
 *                              disagreement of the planes it was fitted to ({@link JointGravity}); NaN when assumed
 */
public record CanonicalFrame(boolean canonical, SupportKind support, String reason, Plane supportPlaneCamera,
                             Vec3 downCamera, RigidTransform cameraToCanonical, double cameraHeightM,
                             CameraOrientation orientation, double gravityUncertaintyDeg) {

    /** A frame whose gravity uncertainty is not known (NaN). */
    public CanonicalFrame(boolean canonical, SupportKind support, String reason, Plane supportPlaneCamera,
                          Vec3 downCamera, RigidTransform cameraToCanonical, double cameraHeightM,
                          CameraOrientation orientation) {
        this(canonical, support, reason, supportPlaneCamera, downCamera, cameraToCanonical, cameraHeightM, orientation,
                Double.NaN);
    }
}
