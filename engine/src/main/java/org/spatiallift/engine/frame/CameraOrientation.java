package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/**
 * The camera's tilt against gravity, in degrees. With g the unit "down" direction in the camera frame
 * (x right, y down, z forward):
 * <ul>
 *   <li>pitch = asin(g_z): positive when the camera looks down (as Open3D reference "tilt_from_optical_axis_deg");</li>
 *   <li>roll = atan2(g_x, g_y): positive when the camera's right side is lower (clockwise seen from behind).</li>
 * </ul>
 * Conversely g = (cos p · sin r, cos p · cos r, sin p). This is the one place the convention lives:
 * the frame estimator and the synthetic scene generator both use it.
 */
public record CameraOrientation(double pitchDeg, double rollDeg) {

    public static CameraOrientation fromDown(Vec3 downCamera) {
        Vec3 g = downCamera.normalized();
        double pitch = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, g.z()))));
        double roll = Math.toDegrees(Math.atan2(g.x(), g.y()));
        return new CameraOrientation(pitch, roll);
    }

    /** The unit gravity direction ("down") in the camera frame. */
    public Vec3 downCamera() {
        double p = Math.toRadians(pitchDeg), r = Math.toRadians(rollDeg);
        return new Vec3(Math.cos(p) * Math.sin(r), Math.cos(p) * Math.cos(r), Math.sin(p));
    }

    /**
     * Camera frame to canonical frame for a camera {@code heightM} above the floor:
     * z_c = −g (up), x_c = the camera's x axis projected on the floor plane, y_c = z_c × x_c (forward);
     * p_canonical = R·p_camera + (0, 0, heightM), with R's rows x_c, y_c, z_c written in camera coordinates.
     */
    public static RigidTransform cameraToCanonical(Vec3 downCamera, double heightM) {
        Vec3 up = downCamera.normalized().times(-1);
        Vec3 right = Vec3.UNIT_X.minus(up.times(up.x()));
        if (right.norm() < 1e-6) {
            // Camera x axis points straight up or down (a 90° roll): use the optical axis instead.
            right = Vec3.UNIT_Z.minus(up.times(up.z())).cross(up);
        }
        Vec3 x = right.normalized();
        Vec3 y = up.cross(x);
        return new RigidTransform(Mat3.ofRows(x, y, up), new Vec3(0, 0, heightM));
    }

    public RigidTransform cameraToCanonical(double heightM) {
        return cameraToCanonical(downCamera(), heightM);
    }
}
