package org.spatiallift.app.view;

import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * A perspective camera orbiting a pivot: yaw about the vertical, pitch about the horizontal, at a distance.
 * In JavaFX axes (x right, y down, z into the screen); the pivot is in the same axes.
 */
final class OrbitCamera {

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Translate pivot = new Translate();
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final Translate pan = new Translate();
    private final Translate distance = new Translate(0, 0, -5);

    OrbitCamera() {
        camera.setNearClip(0.02);
        camera.setFarClip(200);
        camera.setFieldOfView(45);
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

    void orbit(double dYawDeg, double dPitchDeg) {
        yaw.setAngle(yaw.getAngle() + dYawDeg);
        pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() - dPitchDeg)));
    }

    void pan(double dx, double dy) {
        double scale = -distance.getZ() / 800;
        pan.setX(pan.getX() - dx * scale);
        pan.setY(pan.getY() - dy * scale);
    }

    void zoom(double factor) {
        distance.setZ(Math.max(-150, Math.min(-0.1, distance.getZ() * factor)));
    }
}
