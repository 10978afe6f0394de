package org.spatiallift.app.viewmodel;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spatiallift.engine.scene.SceneObject;

/**
 * The object list and the selection: selecting an object (here or by a click in 3D) highlights it in both views and
 * shows its box, extents, centroid, height above the floor and point count, and why it is left out of QA when its
 * measured box contradicts its label.
 */
public final class ObjectsViewModel {

    /** The colour selected objects are drawn in, in 2D and 3D (0xRRGGBB). */
    public static final int HIGHLIGHT_RGB = 0xFFE01A;

    private final AppPreferences preferences;
    private SceneModel scene;

    // Properties
    private final ObservableList<ObjectMarker> objects = FXCollections.observableArrayList();
    private final ObservableList<ObjectMarker> readOnlyObjects = FXCollections.unmodifiableObservableList(objects);
    private final ReadOnlyObjectWrapper<ObjectMarker> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImagePixels> selectedMask = new ReadOnlyObjectWrapper<>();

    ObjectsViewModel(AppPreferences preferences) {
        this.preferences = preferences;
        preferences.lengthUnitProperty().addListener((obs, old, unit) -> details.set(describe(selected.get())));
    }

    public ObservableList<ObjectMarker> objects() {
        return readOnlyObjects;
    }

    /** The selected object, or null. */
    public ReadOnlyObjectProperty<ObjectMarker> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Lines about the selected object, each number with its unit and frame; "" without a selection. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected object's pixels in the highlight colour over a clear image, or null. */
    public ReadOnlyObjectProperty<ImagePixels> selectedMaskProperty() {
        return selectedMask.getReadOnlyProperty();
    }

    // Commands

    /** Selects the object with this id; an unknown id or 0 clears the selection. */
    public void select(int id) {
        ObjectMarker marker = objects.stream().filter(o -> o.id() == id).findFirst().orElse(null);
        if (marker == selected.get()) {
            return;
        }
        selected.set(marker);
        details.set(describe(marker));
        selectedMask.set(marker == null ? null : mask(scene.object(id)));
    }

    public void clearSelection() {
        select(0);
    }

    /** A new scene: its objects, keeping the selection when the same id is there again (after a rerun). */
    void show(SceneModel model, List<ObjectMarker> markers) {
        int keep = selected.get() == null ? 0 : selected.get().id();
        scene = model;
        selected.set(null);
        objects.setAll(markers);
        select(keep);
        if (selected.get() == null) {
            details.set("");
            selectedMask.set(null);
        }
    }

    String describe(ObjectMarker o) {
        if (o == null) {
            return "";
        }
        LengthUnit unit = preferences.lengthUnitProperty().get();
        SceneObject object = scene == null ? null : scene.object(o.id());
        String rejected = object == null || !object.rejected() ? "" : "\nleft out of QA: " + object.rejection();
        return String.join("\n",
                o.name() + " (instance " + o.id() + ")" + rejected,
                "box " + Formats.point(o.boxMin(), "canonical") + " to " + Formats.point(o.boxMax(), "canonical"),
                "extents x × y × z " + Formats.extents(o.extentsM(), unit),
                "centroid " + Formats.point(o.centroidCanonical(), "canonical"),
                "height above floor (lowest point) " + Formats.length(o.bottomAboveFloorM(), unit)
                        + (o.onFloor() ? ", on the floor" : ""),
                Formats.format("%,d points kept, %,d dropped (outside the main cluster)",
                        o.pointCount(), o.droppedPoints()),
                o.visibility().isEmpty() ? "seen whole: its size can be asked"
                        : String.join(", ", o.visibility()) + ": only its position is asked, not its size");
    }

    private ImagePixels mask(SceneObject o) {
        return mask(scene, List.of(o.id()));
    }

    /** The pixels of the objects with these ids in the highlight colour over a clear image. */
    static ImagePixels mask(SceneModel scene, List<Integer> ids) {
        int w = scene.width(), h = scene.height();
        int[] argb = new int[w * h];
        int[] pixel = scene.result().cloudCamera().pixel();
        for (int id : ids) {
            SceneObject o = scene.object(id);
            if (o == null) {
                continue;
            }
            for (int i : o.cloudIndices()) {
                argb[pixel[i]] = 0xC0000000 | HIGHLIGHT_RGB;
            }
        }
        return new ImagePixels(w, h, argb);
    }
}
