package org.spatiallift.app.view;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

import org.spatiallift.app.render.PointMeshes;
import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;
import org.spatiallift.app.viewmodel.FrameInfo;
import org.spatiallift.app.viewmodel.Measurement;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectsViewModel;
import org.spatiallift.app.viewmodel.OverlaySegment;
import org.spatiallift.app.viewmodel.PickedPoint;

/**
 * The 3D view: the point cloud as meshes of many points ({@link CloudLayer}; thinned while the camera moves), canonical
 * axes with labels, a 1 m floor grid, the camera frustum, object boxes and names, the selected object's highlight and
 * box, the marks of a QA's measurement, and measurements.
 * Left drag orbits, right or middle drag pans, the wheel zooms; keys: arrows orbit, shift+arrows pan, +/- zoom,
 * 1 camera, 2 top, 3 front, 4 side, R reset. A click picks a point.
 * Children of {@code world} are in the canonical frame (metres, z up); {@code world} maps them to JavaFX axes:
 * (x, y, z) → (x, −z, y).
 */
public final class CloudView extends StackPane {

    /** Receives a picked point: the index of the drawn point and where the click hit it (canonical metres). */
    @FunctionalInterface
    public interface PickHandler {
        void picked(int drawnIndex, double[] hitCanonical);
    }

    private final Group world = new Group();
    private final Group highlightLayer = new Group();
    private final Group guides = new Group();
    private final Group marks = new Group();
    private final Group boxes = new Group();
    private final OrbitCamera orbit = new OrbitCamera();
    private final SubScene subScene;
    private final AnchoredLabels labels = new AnchoredLabels();
    private final CloudLayer cloudLayer = new CloudLayer(this::halfResolution);
    private final Pane holder;
    private boolean halfResolution;
    private final ChunkedCloud highlight = new ChunkedCloud();
    private FrameInfo frame;
    private double[] bounds = {-1, 1, 0, 4, 0, 2};
    private PickHandler pickHandler = (k, hit) -> { };
    private double lastX;
    private double lastY;

    public CloudView() {
        world.getTransforms().add(new Affine(1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0));
        highlightLayer.setMouseTransparent(true);
        guides.setMouseTransparent(true);
        marks.setMouseTransparent(true);
        boxes.setMouseTransparent(true);
        world.getChildren().addAll(cloudLayer, highlightLayer, boxes, guides, marks);
        Group root = new Group(world, new AmbientLight(Color.WHITE));
        subScene = new SubScene(root, 800, 600, true, SceneAntialiasing.DISABLED);
        subScene.setFill(Color.rgb(28, 30, 34));
        subScene.setCamera(orbit.camera());
        holder = new Pane(subScene);
        subScene.widthProperty().bind(holder.widthProperty());
        subScene.heightProperty().bind(holder.heightProperty());
        getChildren().addAll(holder, labels);
        setMinSize(200, 200);
        setFocusTraversable(true);
        installControls();
        showGuides();
        widthProperty().addListener((o, a, b) -> refreshLabels());
        heightProperty().addListener((o, a, b) -> refreshLabels());
    }

    // Showing

    /**
     * Shows a new cloud with its colours, replacing what was shown; {@code resetCamera} for a new scene. The thinned
     * cloud appears first; the full cloud follows within a few frames.
     */
    public void showCloud(CloudData data, CloudColours colours, boolean resetCamera) {
        cloudLayer.show(data, colours);
        bounds = data.bounds();
        showGuides();
        if (resetCamera) {
            resetView();
        } else {
            moved();
        }
    }

    /** New colours for the cloud on show. */
    public void setColours(CloudColours colours) {
        cloudLayer.recolour(colours);
    }

    /** The camera of the scene: its frustum, and the camera preset. */
    public void showFrame(FrameInfo info) {
        frame = info;
        showGuides();
    }

    /** Every object's box in its instance colour, with its name at the top centre. */
    public void showObjects(List<ObjectMarker> objects) {
        labels.removeGroup("objects");
        boxes.getChildren().clear();
        for (ObjectMarker o : objects) {
            double[] top = {(o.boxMin()[0] + o.boxMax()[0]) / 2, (o.boxMin()[1] + o.boxMax()[1]) / 2, o.boxMax()[2]};
            labels.add("objects", o.name(), top, "object-label");
            boxes.getChildren().add(Lines3d.box(o.boxMin(), o.boxMax(), 0.003, ImagePane.colour(o.rgb())));
        }
        refreshLabels();
    }

    /** Shows or hides the objects' boxes and names. */
    public void setBoxesVisible(boolean on) {
        boxes.setVisible(on);
        labels.setGroupVisible("objects", on);
        refreshLabels();
    }

    /** Highlights an object (its points in the highlight colour and its box), or nothing when null. */
    public void select(ObjectMarker o) {
        highlight(o == null ? List.of() : List.of(o));
        if (o != null) {
            labels.add("selected", o.name() + " " + String.format(java.util.Locale.ROOT, "%.2f × %.2f × %.2f m",
                    o.extentsM()[0], o.extentsM()[1], o.extentsM()[2]), o.boxMax(), "selected-label");
            refreshLabels();
        }
    }

    /** Highlights several objects (a QA's): their points in the highlight colour and their boxes. */
    public void highlight(List<ObjectMarker> objects) {
        highlightLayer.getChildren().clear();
        highlight.set(new float[0], new int[0], 0);
        labels.removeGroup("selected");
        if (objects.isEmpty() || cloudLayer.cloud() == null) {
            refreshLabels();
            return;
        }
        float[] xyz = PointMeshes.concat(objects.stream().map(ObjectMarker::highlightPoints).toList());
        int n = xyz.length / 3;
        float size = cloudLayer.cloud().pointSizeM() * 1.4f;
        highlight.set(PointMeshes.vertices(xyz, null, n, size),
                PointMeshes.facesOfOneColour(ObjectsViewModel.HIGHLIGHT_RGB, n), n);
        highlight.addNext(PointMeshes.chunks(n));
        Color c = ImagePane.colour(ObjectsViewModel.HIGHLIGHT_RGB);
        highlightLayer.getChildren().add(highlight);
        objects.forEach(o -> highlightLayer.getChildren().add(Lines3d.box(o.boxMin(), o.boxMax(), 0.006, c)));
        refreshLabels();
    }

    /** What a QA measured (lines, bars, arrows) with their labels, replacing the previous QA's; none when empty. */
    public void showQaMarks(List<OverlaySegment> segments) {
        marks.getChildren().removeIf(n -> QaMarks.ID.equals(n.getId()));
        labels.removeGroup("qa");
        if (!segments.isEmpty()) {
            marks.getChildren().add(QaMarks.in3d(segments));
            for (OverlaySegment s : segments) {
                labels.add("qa", s.label(), new double[] {(s.a()[0] + s.b()[0]) / 2, (s.a()[1] + s.b()[1]) / 2,
                    (s.a()[2] + s.b()[2]) / 2}, "qa-label");
            }
        }
        refreshLabels();
    }

    /** The picked point (a small ball), or none. */
    public void showPicked(PickedPoint p) {
        marks.getChildren().removeIf(n -> "picked".equals(n.getId()));
        if (p != null) {
            Node ball = Lines3d.marker(p.canonical(), 0.012, Color.web("#ff4fd8"));
            ball.setId("picked");
            marks.getChildren().add(ball);
        }
    }

    /** A measurement: its ends, the line between them and its length at the middle. */
    public void showMeasurement(Measurement m) {
        marks.getChildren().removeIf(n -> "measure".equals(n.getId()));
        labels.removeGroup("measure");
        if (m != null) {
            Color c = Color.web("#00e5ff");
            Group g = new Group(Lines3d.marker(m.a(), 0.015, c));
            if (m.complete()) {
                g.getChildren().addAll(Lines3d.marker(m.b(), 0.015, c),
                        Lines3d.segment(m.a(), m.b(), 0.005, Lines3d.material(c)));
                double[] mid = {(m.a()[0] + m.b()[0]) / 2, (m.a()[1] + m.b()[1]) / 2, (m.a()[2] + m.b()[2]) / 2};
                labels.add("measure", m.label(), mid, "measure-label");
            }
            g.setId("measure");
            marks.getChildren().add(g);
        }
        refreshLabels();
    }

    /** The QA marks on show in 3D, or null (for tests). */
    Group qaMarks() {
        return (Group) marks.getChildren().stream().filter(n -> QaMarks.ID.equals(n.getId())).findFirst().orElse(null);
    }

    public void setOnPick(PickHandler handler) {
        pickHandler = handler;
    }

    // Camera

    /** Back to the default view: from behind and above the camera position, looking forward over the scene. */
    public void resetView() {
        orbit.setFieldOfView(OrbitCamera.DEFAULT_FOV_DEG);
        double cx = (bounds[0] + bounds[1]) / 2, cy = (bounds[2] + bounds[3]) / 2;
        orbit.lookAt(new Point3D(cx, 0, cy), 0, 30, Math.max(2, 1.3 * span()));
        moved();
    }

    /** From the real camera, with a field of view that shows the whole image in this view's shape (roll left out). */
    public void cameraView() {
        if (frame == null) {
            resetView();
            return;
        }
        double aspect = Math.max(0.1, getWidth() / Math.max(1, getHeight()));
        double fitWidth = Math.toDegrees(2 * Math.atan(Math.tan(Math.toRadians(frame.horizontalFovDeg() / 2)) / aspect));
        orbit.setFieldOfView(Math.min(120, Math.max(frame.verticalFovDeg(), fitWidth)));
        orbit.lookFrom(new Point3D(frame.frustum()[0], -frame.frustum()[2], frame.frustum()[1]), frame.pitchDeg(),
                Math.max(1, (bounds[3] + bounds[2]) / 2));
        moved();
    }

    /** Straight down on the floor. */
    public void topView() {
        preset(0, 89.9);
    }

    /** Along the forward axis (canonical y), level. */
    public void frontView() {
        preset(0, 0);
    }

    /** From the right (canonical +x), level. */
    public void sideView() {
        preset(-90, 0);
    }

    /** Turns the camera (degrees), as a drag would. */
    public void orbitBy(double dYawDeg, double dPitchDeg) {
        orbit.orbit(dYawDeg, dPitchDeg);
        moved();
    }

    /** Whether the thinned cloud stands in while the camera moves. */
    public void setLevelOfDetail(boolean on) {
        cloudLayer.setLevelOfDetail(on);
    }

    /** Whether the whole cloud is shown, as it is when the camera is still (not thinned for motion, not loading). */
    public boolean showingFullCloud() {
        return cloudLayer.showingFull();
    }

    /** Where the canonical point (x, y, z) appears in this view's own coordinates (null when behind the camera). */
    public Point2D project(double x, double y, double z) {
        Point3D p = new Point3D(x, y, z);
        Point3D inCamera = orbit.camera().sceneToLocal(world.localToScene(p));
        if (inCamera == null || inCamera.getZ() <= orbit.camera().getNearClip()) {
            return null;
        }
        Point2D screen = world.localToScreen(p);
        return screen == null ? null : screenToLocal(screen);
    }

    /** A picture of the 3D view as it is now (without the 2D labels). */
    public WritableImage snapshot3d() {
        return subScene.snapshot(null, null);
    }

    /** Draws the 3D scene at half the width and height, scaled up to fill the view (while the camera moves). */
    private void halfResolution(boolean on) {
        if (on == halfResolution) {
            return;
        }
        halfResolution = on;
        double f = on ? 0.5 : 1;
        subScene.widthProperty().bind(holder.widthProperty().multiply(f));
        subScene.heightProperty().bind(holder.heightProperty().multiply(f));
        subScene.setScaleX(1 / f);
        subScene.setScaleY(1 / f);
        if (on) {
            subScene.translateXProperty().bind(holder.widthProperty().divide(4));
            subScene.translateYProperty().bind(holder.heightProperty().divide(4));
        } else {
            subScene.translateXProperty().unbind();
            subScene.translateYProperty().unbind();
            subScene.setTranslateX(0);
            subScene.setTranslateY(0);
        }
    }

    private void preset(double yaw, double pitch) {
        orbit.setFieldOfView(OrbitCamera.DEFAULT_FOV_DEG);
        double cx = (bounds[0] + bounds[1]) / 2, cy = (bounds[2] + bounds[3]) / 2, cz = (bounds[4] + bounds[5]) / 2;
        orbit.lookAt(new Point3D(cx, -cz, cy), yaw, pitch, Math.max(2, 1.6 * span()));
        moved();
    }

    private double span() {
        return Math.max(bounds[1] - bounds[0], Math.max(bounds[3] - bounds[2], bounds[5] - bounds[4]));
    }

    private void moved() {
        cloudLayer.moved();
        refreshLabels();
    }

    private void refreshLabels() {
        labels.refresh(p -> project(p[0], p[1], p[2]));
    }

    private void showGuides() {
        guides.getChildren().setAll(SceneGuides.axes(), SceneGuides.floorGrid(bounds));
        labels.removeGroup("guides");
        labels.add("guides", "x", new double[] {1.08, 0, 0}, "axis-x");
        labels.add("guides", "y (forward)", new double[] {0, 1.08, 0}, "axis-y");
        labels.add("guides", "z (up)", new double[] {0, 0, 1.08}, "axis-z");
        if (frame != null) {
            guides.getChildren().add(SceneGuides.frustum(frame.frustum()));
            labels.add("guides", "camera", new double[] {frame.frustum()[0], frame.frustum()[1], frame.frustum()[2]},
                    "camera-label");
        }
        refreshLabels();
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
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
                orbit.orbit(dx * 0.3, dy * 0.3);
            } else {
                orbit.pan(dx, dy);
            }
            moved();
        });
        subScene.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                orbit.zoom(e.getDeltaY() > 0 ? 0.9 : 1.1);
                moved();
            }
        });
        subScene.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                pick(e.getPickResult());
            }
        });
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            boolean shift = e.isShiftDown();
            switch (k) {
                case LEFT -> moveBy(shift, -5, 0);
                case RIGHT -> moveBy(shift, 5, 0);
                case UP -> moveBy(shift, 0, -5);
                case DOWN -> moveBy(shift, 0, 5);
                case PLUS, EQUALS, ADD -> orbit.zoom(0.9);
                case MINUS, SUBTRACT -> orbit.zoom(1.1);
                case R, HOME -> resetView();
                case DIGIT1 -> cameraView();
                case DIGIT2 -> topView();
                case DIGIT3 -> frontView();
                case DIGIT4 -> sideView();
                default -> {
                    return;
                }
            }
            moved();
            e.consume();
        });
    }

    private void moveBy(boolean pan, double dx, double dy) {
        if (pan) {
            orbit.pan(dx * 4, dy * 4);
        } else {
            orbit.orbit(dx, dy);
        }
    }

    private void pick(PickResult result) {
        Node node = result.getIntersectedNode();
        int face = result.getIntersectedFace();
        int drawn = cloudLayer.drawnPointOf(node, face);
        if (drawn < 0) {
            return;
        }
        Point3D hit = result.getIntersectedPoint();
        pickHandler.picked(drawn, new double[] {hit.getX(), hit.getY(), hit.getZ()});
    }
}
