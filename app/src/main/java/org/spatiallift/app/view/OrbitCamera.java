package org.spatiallift.app.view;

import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * A perspective camera orbiting a pivot: yaw about the vertical, pitch about the horizontal, at a distance.
 * In JavaFX axes (x right, y down, z into the screen); the pivot is in the same axes. The camera looks along
 * R_y(yaw)·R_x(−pitch)·(0, 0, 1), so pitch positive looks down.
 */
final class OrbitCamera {

    static final double DEFAULT_FOV_DEG = 45;
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Translate pivot = new Translate();
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final Translate pan = new Translate();
    private final Translate distance = new Translate(0, 0, -5);

    OrbitCamera() {
        camera.setNearClip(0.02);
        camera.setFarClip(200);
        camera.setFieldOfView(DEFAULT_FOV_DEG);
        camera.getTransforms().setAll(pivot, yaw, pitch, pan, distance);
    }

    PerspectiveCamera camera() {
        return camera;
    }

    /** Looks at {@code target} from {@code distanceM}, yawed and pitched (degrees; pitch positive looks down). */
    void lookAt(Point3D target, double yawDeg, double pitchDeg, double distanceM) {
        pivot.setX(target.getX());
        pivot.setY(target.getY());
        pivot.setZ(target.getZ());
        yaw.setAngle(yawDeg);
        pitch.setAngle(-pitchDeg);
        pan.setX(0);
        pan.setY(0);
        distance.setZ(-distanceM);
    }

    /** Stands at {@code eye} looking along yaw 0 and {@code pitchDeg} (down positive), orbiting a point ahead. */
    void lookFrom(Point3D eye, double pitchDeg, double aheadM) {
        double p = Math.toRadians(pitchDeg);
        Point3D ahead = eye.add(0, Math.sin(p) * aheadM, Math.cos(p) * aheadM);
        lookAt(ahead, 0, pitchDeg, aheadM);
    }

    void setFieldOfView(double verticalDeg) {
        camera.setFieldOfView(verticalDeg);
    }

    void orbit(double dYawDeg, double dPitchDeg) {
        yaw.setAngle(yaw.getAngle() + dYawDeg);
        pitch.setAngle(Math.max(-89.9, Math.min(89.9, pitch.getAngle() - dPitchDeg)));
    }

    /** Moves the pivot sideways and up/down by a share of the distance per pixel. */
    void pan(double dxPx, double dyPx) {
        double scale = -distance.getZ() / 800;
        pan.setX(pan.getX() - dxPx * scale);
        pan.setY(pan.getY() - dyPx * scale);
    }

    void zoom(double factor) {
        distance.setZ(Math.max(-150, Math.min(-0.1, distance.getZ() * factor)));
    }

    /** Yaw and pitch (down positive) in degrees, and distance in metres. */
    double[] pose() {
        return new double[] {yaw.getAngle(), -pitch.getAngle(), -distance.getZ()};
    }
}
