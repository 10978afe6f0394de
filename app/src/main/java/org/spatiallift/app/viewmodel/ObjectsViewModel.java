package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
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
 * shows its box, extents, centroid, height above the floor and point count, its detector score, colour, caption and
 * referring expression (or why it is ambiguous), and why it is left out of QA when its measured box contradicts its
 * label. The "left out" list names every detection, box or instance that did not become a usable object, with why.
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
    private final ObservableList<LeftOutRow> leftOut = FXCollections.observableArrayList();
    private final ObservableList<LeftOutRow> readOnlyLeftOut = FXCollections.unmodifiableObservableList(leftOut);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    ObjectsViewModel(AppPreferences preferences) {
        this.preferences = preferences;
        preferences.lengthUnitProperty().addListener((obs, old, unit) -> details.set(describe(selected.get())));
    }

    public ObservableList<ObjectMarker> objects() {
        return readOnlyObjects;
    }

    /** What the lift left out, each with its reason ({@link LeftOutRows}). */
    public ObservableList<LeftOutRow> leftOut() {
        return readOnlyLeftOut;
    }

    /** "6 objects (4 ambiguous, 1 left out of QA); 3 detections left out"; "" without a scene. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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
        leftOut.setAll(LeftOutRows.of(model.result()));
        summary.set(summary(markers, leftOut));
        select(keep);
        if (selected.get() == null) {
            details.set("");
            selectedMask.set(null);
        }
    }

    static String summary(List<ObjectMarker> markers, List<LeftOutRow> leftOut) {
        long ambiguous = markers.stream().filter(m -> m.words().ambiguous()).count();
        long rejected = markers.stream().filter(m -> m.words().rejection() != null).count();
        List<String> notes = new ArrayList<>(2);
        if (ambiguous > 0) {
            notes.add(ambiguous + " ambiguous");
        }
        if (rejected > 0) {
            notes.add(rejected + " left out of QA");
        }
        long dropped = leftOut.size() - rejected;
        return markers.size() + " object" + (markers.size() == 1 ? "" : "s")
                + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")")
                + (dropped == 0 ? "" : "; " + dropped + " detection" + (dropped == 1 ? "" : "s") + " not used (Left out)");
    }

    String describe(ObjectMarker o) {
        if (o == null) {
            return "";
        }
        LengthUnit unit = preferences.lengthUnitProperty().get();
        ObjectWords w = o.words();
        List<String> lines = new ArrayList<>();
        lines.add(o.name() + " (instance " + o.id() + ")"
                + (w.detected() ? ", detector " + w.scoreText() + " (0 to 1)" : ", from the label map or annotations"));
        if (w.rejection() != null) {
            lines.add("left out of QA: " + w.rejection());
        }
        if (w.referringExpression() != null) {
            lines.add("referred to as “" + w.referringExpression() + "”");
        } else if (w.ambiguous()) {
            lines.add("ambiguous, left out of questions: " + w.ambiguity());
        }
        if (w.colour() != null) {
            lines.add(Formats.format("colour %s (%.0f %% of its pixels)", w.colour(),
                    100 * w.colourShare()));
        }
        if (w.caption() != null) {
            lines.add("caption: " + w.caption());
        }
        return String.join("\n", lines) + "\n" + String.join("\n",
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
