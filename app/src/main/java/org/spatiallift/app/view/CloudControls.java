package org.spatiallift.app.view;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.spatiallift.app.render.ViewCamera;

/**
 * Mouse and keys of the 3D view: left drag orbits (0.3° per pixel), right or middle drag (or shift+left) pans, the
 * wheel zooms by 10 %; arrows orbit 5°, shift+arrows pan, +/- zoom, Home resets. The presets (1–4), R, F, M and Esc
 * are the View menu's accelerators, so they work wherever the focus is (AppMenus). A still click with the left button
 * picks. Drags, the wheel, arrows and +/- count as motion (a large cloud is thinned until the camera settles); a reset
 * does not.
 */
final class CloudControls {

    private final CloudView view;
    private final ViewCamera camera;
    private double lastX;
    private double lastY;

    CloudControls(CloudView view, ViewCamera camera) {
        this.view = view;
        this.camera = camera;
    }

    void install() {
        view.setOnMousePressed(e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            view.requestFocus();
        });
        view.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - lastX, dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
                camera.orbit(dx * 0.3, dy * 0.3);
            } else {
                camera.pan(dx, dy);
            }
            view.moved();
        });
        view.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                camera.zoom(e.getDeltaY() > 0 ? 0.9 : 1.1);
                view.moved();
            }
        });
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                view.pickAt(e.getX(), e.getY());
            }
        });
        view.setOnKeyPressed(e -> {
            if (key(e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
    }

    /** Acts on a key; returns whether it is one of the view's. A reset is a jump, not motion: no thinning. */
    private boolean key(KeyCode k, boolean shift) {
        switch (k) {
            case LEFT -> moveBy(shift, -5, 0);
            case RIGHT -> moveBy(shift, 5, 0);
            case UP -> moveBy(shift, 0, -5);
            case DOWN -> moveBy(shift, 0, 5);
            case PLUS, EQUALS, ADD -> camera.zoom(0.9);
            case MINUS, SUBTRACT -> camera.zoom(1.1);
            case HOME -> view.resetView();
            default -> {
                return false;
            }
        }
        if (k != KeyCode.HOME) {
            view.moved();
        }
        return true;
    }

    private void moveBy(boolean pan, double dx, double dy) {
        if (pan) {
            camera.pan(dx * 4, dy * 4);
        } else {
            camera.orbit(dx, dy);
        }
    }
}
