package org.spatiallift.app.viewmodel;

/**
 * The canonical frame of a scene as the views show it.
 *
 * @param summary        one line for the status bar
 * @param canonical      false when an upright camera was assumed
 * @param cameraHeightM  camera height above the support plane
 * @param pitchDeg       camera pitch, positive looking down
 * @param rollDeg        camera roll
 * @param frustum        the camera's position and the four image corners at {@code frustumDepthM} along the optical
 *                       axis, canonical frame: apex, top-left, top-right, bottom-right, bottom-left (xyz each)
 * @param verticalFovDeg   the camera's vertical field of view
 * @param horizontalFovDeg the camera's horizontal field of view
 */
public record FrameInfo(String summary, boolean canonical, double cameraHeightM, double pitchDeg, double rollDeg,
                        double[] frustum, double verticalFovDeg, double horizontalFovDeg) {

    public static final double FRUSTUM_DEPTH_M = 0.5;
}
