package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.spatiallift.app.render.FrameBuffers;
import org.spatiallift.app.render.FrameContent;
import org.spatiallift.app.render.FrameRenderer;
import org.spatiallift.app.render.FrameSize;
import org.spatiallift.app.render.GuideLines;
import org.spatiallift.app.render.Marker3;
import org.spatiallift.app.render.PointSet;
import org.spatiallift.app.render.Projection;
import org.spatiallift.app.render.ScreenBox;
import org.spatiallift.app.render.Segment3;
import org.spatiallift.app.render.ViewCamera;
import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;
import org.spatiallift.app.viewmodel.FrameInfo;
import org.spatiallift.app.viewmodel.Measurement;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectsViewModel;
import org.spatiallift.app.viewmodel.OverlaySegment;
import org.spatiallift.app.viewmodel.PickedPoint;

/**
 * The 3D view, drawn on the CPU ({@link FrameRenderer}, docs/decisions/0012): the point cloud, canonical axes with
 * labels, a 1 m floor grid, the camera frustum, object boxes and names, the selected object's highlight and box, the
 * marks of a QA's measurement, and measurements, as one image redrawn at most once per pulse after a change, under the
 * 2D labels. Left drag orbits, right or middle drag pans, the wheel zooms; keys: arrows orbit, shift+arrows pan,
 * +/- zoom, 1 camera, 2 top, 3 front, 4 side, R reset ({@link CloudControls}). A click picks the point drawn there.
 * Clouds above {@link FrameRenderer#MOVING_POINTS} points are thinned while the camera moves (orbit, pan, zoom; a
 * preset or reset is a jump and draws the whole cloud at once).
 */
public final class CloudView extends StackPane {

    /** Receives a picked point: the index of the drawn point and where the click hit it (canonical metres). */
    @FunctionalInterface
    public interface PickHandler {
        void picked(int drawnIndex, double[] hitCanonical);
    }

    /** The camera counts as moving until it has been still this long; then a thinned cloud is drawn in full. */
    static final int SETTLE_MS = 250;
    private static final int PICK_RADIUS_PX = 3;
    /** Share of the view's width and height left free on each side of what Reset and the presets frame. */
    private static final double FRAME_MARGIN = 0.06;
    private static final int MIN_FRAMED_PX = 50;
    private static final int PICKED_ARGB = 0xFFFF4FD8;
    private static final int MEASURE_ARGB = 0xFF00E5FF;
    private static final int HIGHLIGHT_ARGB = 0xFF000000 | ObjectsViewModel.HIGHLIGHT_RGB;

    private final ViewCamera camera = new ViewCamera();
    private final FrameRenderer renderer = new FrameRenderer();
    private final FrameImage image = new FrameImage();
    private final AnchoredLabels labels = new AnchoredLabels();
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private CloudData cloud;
    private PointSet points = PointSet.EMPTY;
    private PointSet highlight = PointSet.EMPTY;
    private List<Segment3> guides = List.of();
    private List<Segment3> boxes = List.of();
    private List<Segment3> highlightBoxes = List.of();
    private List<Segment3> qaLines = List.of();
    private List<Segment3> measureLines = List.of();
    private List<Marker3> measureEnds = List.of();
    private List<Marker3> pickedMarker = List.of();
    private boolean boxesVisible = true;
    private FrameInfo frame;
    private double[] bounds = {-1, 1, 0, 4, 0, 2};
    /** What Reset and the presets frame: the cloud without its stray far points ({@link CloudData#frameBounds()}). */
    private double[] frameBounds = bounds;
    private PickHandler pickHandler = (k, hit) -> { };
    private boolean levelOfDetail = true;
    /** Points' size in pixels, or 0 for their size in metres projected. */
    private int pointPx;
    private boolean moving;
    private boolean dirty = true;
    private PointSet drawnPoints;
    private int drawnStride;
    private Projection drawnProjection;
    /** Redraws when the screen's scale changes; moved to whichever window shows this view. */
    private final javafx.beans.InvalidationListener scaleChanged = o -> changed();
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowChanged = (o, old, now) -> watch(old, now);
    /** Device pixels per logical pixel while a figure is drawn ({@link #drawnAt}); 0 otherwise. */
    private double figureScale;

    public CloudView() {
        getChildren().addAll(image, labels);
        setMinSize(200, 200);
        setFocusTraversable(true);
        new CloudControls(this, camera).install();
        settle.setOnFinished(e -> {
            moving = false;
            if (drawnStride > 1) {
                dirty = true;
            }
        });
        showGuides();
        widthProperty().addListener((o, a, b) -> changed());
        heightProperty().addListener((o, a, b) -> changed());
        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.windowProperty().removeListener(windowChanged);
            }
            if (now != null) {
                now.windowProperty().addListener(windowChanged);
            }
            watch(old == null ? null : old.getWindow(), now == null ? null : now.getWindow());
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    renderNow();
                }
            }
        }.start();
    }

    // Showing

    /** Shows a new cloud with its colours, replacing what was shown; {@code resetCamera} for a new scene. */
    public void showCloud(CloudData data, CloudColours colours, boolean resetCamera) {
        cloud = data;
        points = pointsOf(data, colours, pointPx);
        bounds = data.bounds();
        frameBounds = data.frameBounds();
        showGuides();
        if (resetCamera) {
            resetView();
        } else {
            changed();
        }
    }

    /** New colours for the cloud on show. */
    public void setColours(CloudColours colours) {
        if (cloud != null && colours.argb().length == cloud.count()) {
            points = pointsOf(cloud, colours, pointPx);
            changed();
        }
    }

    /** The camera of the scene: its frustum, and the camera preset. */
    public void showFrame(FrameInfo info) {
        frame = info;
        showGuides();
    }

    /** Every object's box in its instance colour, with its name at the top centre. */
    public void showObjects(List<ObjectMarker> objects) {
        labels.removeGroup("objects");
        List<Segment3> lines = new ArrayList<>();
        for (ObjectMarker o : objects) {
            double[] top = {(o.boxMin()[0] + o.boxMax()[0]) / 2, (o.boxMin()[1] + o.boxMax()[1]) / 2, o.boxMax()[2]};
            labels.add("objects", o.name(), top, "object-label", AnchoredLabels.OBJECT);
            lines.addAll(GuideLines.box(o.boxMin(), o.boxMax(), 0xFF000000 | o.rgb(), 2));
        }
        boxes = lines;
        changed();
    }

    /** Shows or hides the objects' boxes and names. */
    public void setBoxesVisible(boolean on) {
        boxesVisible = on;
        labels.setGroupVisible("objects", on);
        changed();
    }

    /** Highlights an object (its points in the highlight colour and its box), or nothing when null. */
    public void select(ObjectMarker o) {
        highlight(o == null ? List.of() : List.of(o));
        if (o != null) {
            labels.add("selected", o.sizeLabel(), o.boxMax(), "selected-label", AnchoredLabels.SELECTED);
            refreshLabels();
        }
    }

    /** Highlights several objects (a QA's): their points in the highlight colour and their boxes. */
    public void highlight(List<ObjectMarker> objects) {
        labels.removeGroup("selected");
        highlight = PointSet.EMPTY;
        highlightBoxes = List.of();
        if (!objects.isEmpty() && cloud != null) {
            float[] xyz = concat(objects.stream().map(ObjectMarker::highlightPoints).toList());
            highlight = new PointSet(xyz, null, HIGHLIGHT_ARGB, xyz.length / 3, cloud.pointSizeM(), pointPx);
            List<Segment3> lines = new ArrayList<>();
            objects.forEach(o -> lines.addAll(GuideLines.box(o.boxMin(), o.boxMax(), HIGHLIGHT_ARGB, 3)));
            highlightBoxes = lines;
        }
        changed();
    }

    /** What a QA measured (lines, bars, arrows) with their labels, replacing the previous QA's; none when empty. */
    public void showQaMarks(List<OverlaySegment> segments) {
        labels.removeGroup("qa");
        qaLines = QaMarks.in3d(segments);
        for (OverlaySegment s : segments) {
            labels.add("qa", s.label(), new double[] {(s.a()[0] + s.b()[0]) / 2, (s.a()[1] + s.b()[1]) / 2,
                (s.a()[2] + s.b()[2]) / 2}, "qa-label", AnchoredLabels.QA);
        }
        changed();
    }

    /** The picked point (a small disc), or none. */
    public void showPicked(PickedPoint p) {
        pickedMarker = p == null ? List.of() : List.of(new Marker3(p.canonical(), 0.012, PICKED_ARGB));
        changed();
    }

    /** A measurement: its ends, the line between them and its length at the middle. */
    public void showMeasurement(Measurement m) {
        labels.removeGroup("measure");
        measureLines = List.of();
        measureEnds = List.of();
        if (m != null) {
            measureEnds = List.of(new Marker3(m.a(), 0.015, MEASURE_ARGB));
            if (m.complete()) {
                measureEnds = List.of(measureEnds.get(0), new Marker3(m.b(), 0.015, MEASURE_ARGB));
                measureLines = List.of(new Segment3(m.a(), m.b(), MEASURE_ARGB, 2));
                double[] mid = {(m.a()[0] + m.b()[0]) / 2, (m.a()[1] + m.b()[1]) / 2, (m.a()[2] + m.b()[2]) / 2};
                labels.add("measure", m.label(), mid, "measure-label", AnchoredLabels.MEASUREMENT);
            }
        }
        changed();
    }

    /** How many points the cloud on show has (for tests). */
    int shownPointCount() {
        return points.count();
    }

    /** The camera's yaw and pitch (down positive) in degrees and its distance in metres (for tests). */
    double[] cameraPose() {
        return camera.pose();
    }

    /** The 2D labels over the view (for tests). */
    AnchoredLabels labels() {
        return labels;
    }

    /** The QA marks' lines on show in 3D (for tests). */
    List<Segment3> qaMarks() {
        return qaLines;
    }

    /** Areas of this view (its own coordinates) that no label may cover, such as a legend over it. */
    public void keepLabelsClearOf(List<ScreenBox> areas) {
        labels.setKeepClear(areas);
        refreshLabels();
    }

    public void setOnPick(PickHandler handler) {
        pickHandler = handler;
    }

    // Camera

    /**
     * Back to the default view: from behind and above the camera position, looking forward over the scene, framing
     * the cloud without its stray far points.
     */
    public void resetView() {
        overview(frameBounds);
    }

    /** The default view framing every point, stray far ones too. */
    public void frameWholeCloud() {
        overview(bounds);
    }

    /** From the real camera, with a field of view that shows the whole image in this view's shape (roll left out). */
    public void cameraView() {
        if (frame == null) {
            resetView();
            return;
        }
        double aspect = Math.max(0.1, getWidth() / Math.max(1, getHeight()));
        double fitWidth = Math.toDegrees(2 * Math.atan(Math.tan(Math.toRadians(frame.horizontalFovDeg() / 2)) / aspect));
        camera.setFieldOfView(Math.min(120, Math.max(frame.verticalFovDeg(), fitWidth)));
        camera.lookFrom(new double[] {frame.frustum()[0], frame.frustum()[1], frame.frustum()[2]}, frame.pitchDeg(),
                Math.max(1, (frameBounds[3] + frameBounds[2]) / 2));
        changed();
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
        camera.orbit(dYawDeg, dPitchDeg);
        moved();
    }

    /** Draws points {@code px} pixels across (1–4), or at their size in metres projected (0). */
    public void setPointSizePx(int px) {
        pointPx = px;
        points = points.withFixedPx(px);
        highlight = highlight.withFixedPx(px);
        changed();
    }

    /** Whether a large cloud is thinned while the camera moves (the benchmark turns it off to time the full cloud). */
    public void setLevelOfDetail(boolean on) {
        levelOfDetail = on;
        changed();
    }

    /** Whether the whole cloud is on screen (drawn, and not thinned for motion). */
    public boolean showingFullCloud() {
        return points.count() == 0 || drawnPoints == points && drawnStride == 1;
    }

    /** Whether a change waits for the next frame to be drawn. */
    public boolean needsRedraw() {
        return dirty;
    }

    /** Where the canonical point (x, y, z) appears in this view's own coordinates (null when behind the camera). */
    public Point2D project(double x, double y, double z) {
        return toView(projection(), x, y, z);
    }

    /**
     * Runs {@code work} (a snapshot of this view and what lies over it) with the frame drawn at {@code scale} device
     * pixels per logical pixel, so a figure scaled up by {@code scale} gets points and lines at full resolution; the
     * frame is drawn at the screen's scale again on the next pulse.
     */
    public <T> T drawnAt(double scale, java.util.function.Supplier<T> work) {
        figureScale = scale;
        try {
            renderNow();
            return work.get();
        } finally {
            figureScale = 0;
            dirty = true;
        }
    }

    /** The frame's size in device pixels: the view's size at the screen's output scale (or a figure's scale). */
    FrameSize frameSize() {
        javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
        double sx = figureScale > 0 ? figureScale : w == null ? 1 : w.getOutputScaleX();
        double sy = figureScale > 0 ? figureScale : w == null ? 1 : w.getOutputScaleY();
        return FrameSize.of(getWidth(), getHeight(), sx, sy);
    }

    /** A picture of the 3D view as it is now, in device pixels (without the 2D labels). */
    public WritableImage snapshot3d() {
        if (dirty) {
            renderNow();
        }
        return image.copy();
    }

    // For CloudControls

    /** The camera moved: thin a large cloud until it settles, redraw, move the labels. */
    void moved() {
        moving = true;
        settle.playFromStart();
        changed();
    }

    /** Picks the point drawn nearest (x, y) in this view's coordinates, if any. */
    void pickAt(double x, double y) {
        if (dirty) {
            renderNow();
        }
        FrameBuffers b = image.current();
        if (b == null || drawnProjection == null) {
            return;
        }
        FrameSize size = frameSize();
        int k = FrameRenderer.pickNear(drawnProjection, b, points, x * size.scaleX(), y * size.scaleY(),
                size.devicePx(PICK_RADIUS_PX));
        if (k >= 0) {
            float[] xyz = points.xyz();
            pickHandler.picked(k, new double[] {xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]});
        }
    }

    /** Looks forward and 30° down at the middle of {@code b}, just far enough to see all of {@code b}. */
    private void overview(double[] b) {
        look(b, 0, 30);
    }

    /**
     * Looks at the middle of the cloud (without its stray far points) from {@code yaw}, {@code pitch} (degrees) with
     * the default field of view, just far enough to see all of it.
     */
    private void preset(double yaw, double pitch) {
        look(frameBounds, yaw, pitch);
    }

    /**
     * Looks at the middle of box {@code b} from {@code yaw}, {@code pitch} with the default field of view, from where
     * the box fills the view but for a {@value #FRAME_MARGIN} margin (before the view has a size: 1.5 spans away).
     */
    private void look(double[] b, double yaw, double pitch) {
        camera.setFieldOfView(ViewCamera.DEFAULT_FOV_DEG);
        double[] centre = {(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2};
        if (getWidth() < MIN_FRAMED_PX || getHeight() < MIN_FRAMED_PX) {
            camera.lookAt(centre, yaw, pitch, Math.max(1, 1.5 * span(b)));
        } else {
            camera.frame(centre, yaw, pitch, b, (int) Math.ceil(getWidth()), (int) Math.ceil(getHeight()), FRAME_MARGIN);
        }
        changed();
    }

    /** The largest extent of {@code b} (metres). */
    private static double span(double[] b) {
        return Math.max(b[1] - b[0], Math.max(b[3] - b[2], b[5] - b[4]));
    }

    private void changed() {
        dirty = true;
        refreshLabels();
    }

    private Projection projection() {
        FrameSize size = frameSize();
        return camera.projection(size.width(), size.height());
    }

    /** Where a canonical point appears through {@code p} in this view's logical coordinates, or null. */
    private Point2D toView(Projection p, double x, double y, double z) {
        double[] at = p.project(x, y, z);
        FrameSize size = frameSize();
        return at == null ? null : new Point2D(at[0] / size.scaleX(), at[1] / size.scaleY());
    }

    /** Follows the scale of the screen the view's window is on (HiDPI): listens to {@code now}, no longer to {@code old}. */
    private void watch(javafx.stage.Window old, javafx.stage.Window now) {
        if (old != null) {
            old.outputScaleXProperty().removeListener(scaleChanged);
            old.outputScaleYProperty().removeListener(scaleChanged);
        }
        if (now != null) {
            now.outputScaleXProperty().addListener(scaleChanged);
            now.outputScaleYProperty().addListener(scaleChanged);
        }
        changed();
    }

    /** Draws the frame now, at the view's size. */
    private void renderNow() {
        Projection p = projection();
        FrameSize size = frameSize();
        FrameBuffers b = image.buffers(p.width(), p.height());
        image.setFitWidth(size.viewWidth());
        image.setFitHeight(size.viewHeight());
        // a figure always has the whole cloud
        int stride = levelOfDetail && moving && figureScale == 0 ? FrameRenderer.movingStride(points.count()) : 1;
        List<Segment3> lines = new ArrayList<>(guides);
        if (boxesVisible) {
            lines.addAll(boxes);
        }
        lines.addAll(highlightBoxes);
        lines.addAll(qaLines);
        lines.addAll(measureLines);
        if (size.devicePx(1) > 1) {
            lines.replaceAll(l -> new Segment3(l.a(), l.b(), l.argb(), size.devicePx(l.widthPx())));
        }
        List<Marker3> markers = new ArrayList<>(measureEnds);
        markers.addAll(pickedMarker);
        // points keep their size on screen at any output scale (a fixed 2 px is 4 device pixels at scale 2)
        double scale = Math.min(size.scaleX(), size.scaleY());
        renderer.render(p, new FrameContent(points.atScale(scale), stride, highlight.atScale(scale), lines, markers), b);
        image.present();
        dirty = false;
        drawnPoints = points;
        drawnStride = stride;
        drawnProjection = p;
    }

    private void refreshLabels() {
        Projection now = projection();
        labels.refresh(a -> toView(now, a[0], a[1], a[2]), getWidth(), getHeight());
    }

    private void showGuides() {
        List<Segment3> lines = new ArrayList<>(GuideLines.axes());
        lines.addAll(GuideLines.floorGrid(bounds));
        labels.removeGroup("guides");
        labels.add("guides", "x", new double[] {1.08, 0, 0}, "axis-x", AnchoredLabels.AXIS);
        labels.add("guides", "y (forward)", new double[] {0, 1.08, 0}, "axis-y", AnchoredLabels.AXIS);
        labels.add("guides", "z (up)", new double[] {0, 0, 1.08}, "axis-z", AnchoredLabels.AXIS);
        if (frame != null) {
            lines.addAll(GuideLines.frustum(frame.frustum()));
            labels.add("guides", "camera", new double[] {frame.frustum()[0], frame.frustum()[1], frame.frustum()[2]},
                    "camera-label", AnchoredLabels.CAMERA);
        }
        guides = lines;
        changed();
    }

    private static PointSet pointsOf(CloudData data, CloudColours colours, int px) {
        boolean coloured = colours != null && colours.argb().length == data.count();
        return new PointSet(data.xyz(), coloured ? colours.argb() : null, 0xFFB0B0B0, data.count(), data.pointSizeM(),
                px);
    }

    /** The arrays one after the other (xyz of several objects' points as one). */
    private static float[] concat(List<float[]> parts) {
        float[] out = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
