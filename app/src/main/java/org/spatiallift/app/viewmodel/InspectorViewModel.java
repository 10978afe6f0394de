package org.spatiallift.app.viewmodel;


import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Hover, pick and measure: what lies under the mouse in 2D, the point picked in 3D in both frames, and the distance
 * between two picked points.
 */
public final class InspectorViewModel {

    /** How far (pixels) around the picked point's pixel to look for the point nearest the click. */
    static final int SNAP_RADIUS_PX = 4;

    private final AppPreferences preferences;
    private final ObjectsViewModel objects;
    private SceneModel scene;

    // Properties
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PickedPoint> picked = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty measuring = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Measurement> measurement = new ReadOnlyObjectWrapper<>();

    InspectorViewModel(AppPreferences preferences, ObjectsViewModel objects) {
        this.preferences = preferences;
        this.objects = objects;
        preferences.lengthUnitProperty().addListener((obs, old, unit) -> {
            Measurement m = measurement.get();
            if (m != null && m.complete()) {
                measurement.set(measure(m.a(), m.b()));
            }
        });
        measuring.addListener((obs, old, on) -> measurement.set(null));
    }

    /** The pixel under the mouse in 2D, its depth and its 3D point; "" off the image. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The last point picked in 3D, or null. */
    public ReadOnlyObjectProperty<PickedPoint> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** When on, picks set the ends of a measurement (writable). */
    public BooleanProperty measuringProperty() {
        return measuring;
    }

    /** The measurement in progress or done, or null. */
    public ReadOnlyObjectProperty<Measurement> measurementProperty() {
        return measurement.getReadOnlyProperty();
    }

    // Commands

    /** The mouse is over image pixel (u, v) (fractional; null-safe outside the image). */
    public void hover(double u, double v) {
        if (scene == null || u < 0 || v < 0 || u >= scene.width() || v >= scene.height()) {
            hoverText.set("");
            return;
        }
        int iu = (int) u, iv = (int) v;
        float depth = scene.result().input().depth().at(iu, iv);
        StringBuilder sb = new StringBuilder(Formats.format("pixel (%d, %d) px", iu, iv));
        int i = scene.pointAt(iu, iv);
        if (i < 0) {
            sb.append(depth > 0 ? Formats.format(" · depth %.3f m, outside the depth range", depth)
                    : " · no depth");
        } else {
            sb.append(Formats.format(" · depth %.3f m · point %s", depth,
                    Formats.point(scene.canonical(i), "canonical")));
            int id = scene.objectOf(i);
            if (id != 0) {
                sb.append(" · ").append(scene.object(id).name());
            }
        }
        hoverText.set(sb.toString());
    }

    public void clearHover() {
        hoverText.set("");
    }

    /**
     * The user clicked drawn point {@code drawnIndex} in 3D, at {@code hit} (canonical metres, the point as drawn): picks
     * the lifted point nearest the hit among the pixels around that point's pixel. Measures when measuring; else
     * selects the object the point belongs to (or clears the selection).
     */
    public void pickDrawn(int drawnIndex, double[] hit) {
        if (scene == null || drawnIndex < 0 || drawnIndex >= scene.result().cloudCanonical().size()) {
            return;
        }
        pickNear(scene.cloudIndexOfDrawn(drawnIndex), hit);
    }

    /**
     * The user clicked voxel {@code voxelIndex} of the voxel cloud in 3D, at {@code hit} (canonical metres, the voxel's
     * centroid): picks the lifted point nearest the hit around the voxel's first point, as {@link #pickDrawn} does.
     */
    public void pickVoxel(int voxelIndex, double[] hit) {
        if (scene == null || voxelIndex < 0 || voxelIndex >= scene.result().voxelCamera().size()) {
            return;
        }
        int i = scene.pointOfPixel(scene.result().voxelCamera().pixel()[voxelIndex]);
        if (i >= 0) {
            pickNear(i, hit);
        }
    }

    /** Picks the cloud point nearest {@code hit} around cloud point {@code near}; measures or selects. */
    private void pickNear(int near, double[] hit) {
        int i = nearest(near, hit);
        double[] canonical = scene.canonical(i);
        double[] camera = scene.camera(i);
        int id = scene.objectOf(i);
        String text = "picked " + Formats.point(canonical, "canonical") + " · " + Formats.point(camera, "camera")
                + (id == 0 ? "" : " · " + scene.object(id).name());
        picked.set(new PickedPoint(i, canonical, camera, id, text));
        if (measuring.get()) {
            Measurement m = measurement.get();
            if (m == null || m.complete()) {
                measurement.set(new Measurement(canonical, null, 0, "first end " + Formats.point(canonical,
                        "canonical") + "; pick the second"));
            } else {
                measurement.set(measure(m.a(), canonical));
            }
        } else {
            objects.select(id);
        }
    }

    public void clearMeasurement() {
        measurement.set(null);
    }

    void show(SceneModel model) {
        scene = model;
        picked.set(null);
        measurement.set(null);
        hoverText.set("");
    }

    private Measurement measure(double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
        double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return new Measurement(a, b, length, Formats.distance(length, new double[] {dx, dy, dz},
                preferences.lengthUnitProperty().get()));
    }

    /** The cloud point nearest {@code hit} among the points of the pixels within {@link #SNAP_RADIUS_PX} of i's. */
    private int nearest(int i, double[] hit) {
        if (hit == null) {
            return i;
        }
        int w = scene.width();
        int pixel = scene.result().cloudCamera().pixel()[i];
        int u0 = pixel % w, v0 = pixel / w;
        int best = i;
        double bestD = distance2(scene.canonical(i), hit);
        for (int dv = -SNAP_RADIUS_PX; dv <= SNAP_RADIUS_PX; dv++) {
            for (int du = -SNAP_RADIUS_PX; du <= SNAP_RADIUS_PX; du++) {
                int j = scene.pointAt(u0 + du, v0 + dv);
                if (j >= 0) {
                    double d = distance2(scene.canonical(j), hit);
                    if (d < bestD) {
                        bestD = d;
                        best = j;
                    }
                }
            }
        }
        return best;
    }

    private static double distance2(double[] a, double[] b) {
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }
}
