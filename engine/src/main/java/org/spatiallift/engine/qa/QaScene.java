package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.scene.SceneObject;

/**
 * A lifted scene prepared for QA: its usable objects (each with a unique referring expression), the objects left
 * out and why, whether the frame is gravity-aligned, and the measurements precomputed once. Immutable; one scene
 * can serve many generators and threads.
 */
public final class QaScene {

    /** Objects thinner than this along any axis cannot be measured and are left out, m. */
    public static final double MIN_EXTENT_M = 0.001;

    private final String key;
    private final boolean canonical;
    private final double cameraHeightM;
    private final List<QaObject> objects;
    private final List<ExcludedObject> excluded;
    private final SceneSource source;
    private final SceneGeometry geometry;
    private final boolean objectsComplete;

    private QaScene(String key, boolean canonical, double cameraHeightM, List<QaObject> objects,
                    List<ExcludedObject> excluded, SceneSource source, boolean objectsComplete) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a QA scene needs a key (the image's relative path or name)");
        }
        this.key = key;
        this.canonical = canonical;
        this.cameraHeightM = cameraHeightM;
        this.objects = List.copyOf(objects);
        this.excluded = List.copyOf(excluded);
        this.source = Objects.requireNonNull(source, "source");
        this.objectsComplete = objectsComplete && this.excluded.isEmpty();
        geometry = new SceneGeometry(this.objects.stream().map(QaObject::boxCanonical).toList(),
                this.objects.stream().map(QaObject::orientedBoxCanonical).toList(), cameraHeightM);
    }

    /**
     * The objects of a lift, named by {@code describer}; rejected (their box contradicts their label), ambiguous and
     * unmeasurable ones are left out.
     */
    public static QaScene of(String key, List<SceneObject> objects, CanonicalFrame frame, ObjectDescriber describer,
                             SceneSource source) {
        List<ObjectDescription> descriptions = describer.describe(objects, frame);
        if (descriptions.size() != objects.size()) {
            throw new IllegalStateException("the describer returned " + descriptions.size() + " descriptions for "
                    + objects.size() + " objects");
        }
        List<QaObject> usable = new ArrayList<>();
        List<ExcludedObject> excluded = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            SceneObject o = objects.get(i);
            ObjectDescription d = descriptions.get(i);
            Vec3 e = o.boxCanonical().extents();
            if (o.rejected()) {
                excluded.add(new ExcludedObject(o.id(), o.name(), o.rejection()));
            } else if (!d.usable()) {
                excluded.add(new ExcludedObject(o.id(), o.name(), d.ambiguityReason()));
            } else if (Math.min(e.x(), Math.min(e.y(), e.z())) < MIN_EXTENT_M) {
                excluded.add(new ExcludedObject(o.id(), o.name(), "its box is flat (extents " + e.x() + " x " + e.y()
                        + " x " + e.z() + " m): too few points to measure it"));
            } else {
                usable.add(new QaObject(o.id(), o.name(), d.expression(), o.boxCanonical(), o.orientedBoxCanonical(),
                        d.alternatives(), o.complete()));
            }
        }
        usable = uniqueAlternatives(usable);
        return new QaScene(key, frame.canonical(), frame.cameraHeightM(), usable, excluded, source, false);
    }

    /**
     * The objects with only those alternative expressions that no other object could be called (by its description
     * or an alternative), so that whichever expression a question uses, it picks out one object.
     */
    private static List<QaObject> uniqueAlternatives(List<QaObject> objects) {
        Map<String, Integer> uses = new HashMap<>();
        for (QaObject o : objects) {
            uses.merge(o.description().toLowerCase(Locale.ROOT), 1, Integer::sum);
            for (String a : o.alternatives()) {
                uses.merge(a.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<QaObject> out = new ArrayList<>(objects.size());
        for (QaObject o : objects) {
            List<String> kept = o.alternatives().stream()
                    .filter(a -> uses.get(a.toLowerCase(Locale.ROOT)) == 1).toList();
            out.add(kept.size() == o.alternatives().size() ? o : new QaObject(o.id(), o.name(), o.description(),
                    o.boxCanonical(), o.orientedBoxCanonical(), kept, o.complete()));
        }
        return out;
    }

    /** The objects of a lift, named by the lift's own referring expressions ({@link LiftDescriptions}). */
    public static QaScene of(String key, LiftResult lift, Margins margins, SceneSource source) {
        return of(key, lift.objects(), lift.frame(), new LiftDescriptions(margins), source);
    }

    /** A scene of already described objects (tests, hand-built scenes), which holds every object in view. */
    public static QaScene ofObjects(String key, List<QaObject> objects, boolean canonical, double cameraHeightM,
                                    SceneSource source) {
        return new QaScene(key, canonical, cameraHeightM, objects, List.of(), source, true);
    }

    /**
     * The same scene, its object list declared complete ({@code declared}: a label map that names every object in
     * view) or not. It is complete only when declared and no object was left out (ambiguous or unmeasurable);
     * a detector's objects never are.
     */
    public QaScene withObjectsDeclaredComplete(boolean declared) {
        return new QaScene(key, canonical, cameraHeightM, objects, excluded, source, declared);
    }

    /** True when the usable objects are every object in view, so questions may count them ({@code count_left_of}). */
    public boolean objectsComplete() {
        return objectsComplete;
    }

    public String key() {
        return key;
    }

    /** True when the frame is gravity-aligned (from a fitted floor or table); gravity categories need it. */
    public boolean canonical() {
        return canonical;
    }

    public double cameraHeightM() {
        return cameraHeightM;
    }

    /** The usable objects; QA name only these. */
    public List<QaObject> objects() {
        return objects;
    }

    public List<ExcludedObject> excluded() {
        return excluded;
    }

    public SceneSource source() {
        return source;
    }

    /** The precomputed measurements of {@link #objects()}, same order. */
    public SceneGeometry geometry() {
        return geometry;
    }
}
