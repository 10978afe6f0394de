package org.spatiallift.app.view;

import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Affine;

/**
 * The 3D view: the point cloud as one mesh, canonical axes and a 1 m floor grid, with an orbit camera
 * (left drag orbits, right drag pans, wheel zooms; arrow keys orbit, +/- zoom, R resets).
 * Children of {@code world} are in the canonical frame (metres, z up); {@code world} maps them to
 * JavaFX axes: (x, y, z) → (x, −z, y).
 */
public final class CloudView extends Pane {

    private static final float POINT_SIZE_M = 0.012f;

    private final Group world = new Group();
    private final Group cloudLayer = new Group();
    private final Group guides = new Group();
    private final OrbitCamera orbit = new OrbitCamera();
    private final SubScene subScene;
    private double[] bounds = {-1, 1, 0, 4, 0, 2};
    private double lastX;
    private double lastY;

    public CloudView() {
        world.getTransforms().add(new Affine(1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0));
        world.getChildren().addAll(cloudLayer, guides);
        AmbientLight light = new AmbientLight(Color.WHITE);
        Group root = new Group(world, light);
        subScene = new SubScene(root, 800, 600, true, SceneAntialiasing.DISABLED);
        subScene.setFill(Color.rgb(28, 30, 34));
        subScene.setCamera(orbit.camera());
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        setMinSize(200, 200);
        setFocusTraversable(true);
        installControls();
        guides.getChildren().setAll(Guides.axes());
    }

    /** Shows {@code count} canonical-frame points with their colours, replacing what was shown. */
    public void showCloud(float[] xyz, int[] rgb, int count) {
        MeshView mesh = PointMeshBuilder.build(xyz, rgb, count, POINT_SIZE_M);
        cloudLayer.getChildren().setAll(mesh);
        bounds = Guides.bounds(xyz, count);
        guides.getChildren().setAll(Guides.axes());
        guides.getChildren().add(Guides.floorGrid(bounds));
        resetView();
    }

    /** Back to the default view: from behind and above the camera position, looking forward over the scene. */
    public void resetView() {
        double cx = (bounds[0] + bounds[1]) / 2, cy = (bounds[2] + bounds[3]) / 2;
        double span = Math.max(bounds[1] - bounds[0], bounds[3] - bounds[2]);
        orbit.lookAt(new Point3D(cx, 0, cy), 0, 30, Math.max(2, 1.3 * span));
    }

    /** Where the canonical point (x, y, z) appears in this view's own coordinates (null when behind the camera). */
    public Point2D project(double x, double y, double z) {
        Point2D screen = world.localToScreen(new Point3D(x, y, z));
        return screen == null ? null : subScene.screenToLocal(screen);
    }

    /** A picture of the 3D view as it is now. */
    public WritableImage snapshot3d() {
        return subScene.snapshot(null, null);
    }

    private void installControls() {
        subScene.setOnMousePressed(e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            requestFocus();
        });
        subScene.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - lastX, dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.PRIMARY) {
                orbit.orbit(dx * 0.3, dy * 0.3);
            } else {
                orbit.pan(dx, dy);
            }
        });
        subScene.setOnScroll(e -> orbit.zoom(e.getDeltaY() > 0 ? 0.9 : 1.1));
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            switch (k) {
                case LEFT -> orbit.orbit(-5, 0);
                case RIGHT -> orbit.orbit(5, 0);
                case UP -> orbit.orbit(0, -5);
                case DOWN -> orbit.orbit(0, 5);
                case PLUS, EQUALS, ADD -> orbit.zoom(0.9);
                case MINUS, SUBTRACT -> orbit.zoom(1.1);
                case R -> resetView();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
