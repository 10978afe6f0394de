package org.spatiallift.engine.plausibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Duplicates in 3-D: two detected objects that occupy the same space are one object. The 2-D suppression
 * ({@code perception.detect.DuplicateSuppression}) compares boxes in the image; boxes of one wardrobe's door and its
 * whole still give several "refrigerators", and masks then split one object's pixels between them. Here the measure
 * is where the points are: share(a in b) = the share of a's points inside b's oriented box (canonical frame, grown by
 * {@value #MARGIN_M} m for depth noise).
 *
 * <p>The same policy as in 2-D, best score first (greedy, Neubeck and Van Gool 2006): an object is dropped when it
 * and a kept object of the same class are nested: at least {@value #SAME_CLASS_SHARE} of the points of the one with
 * fewer points lie in the other's box (either way round: a door inside the whole, or the whole around a door), or a kept object of any class and it each hold at least
 * {@value #ANY_CLASS_SHARE} of the other's points (one thing under two labels). A cup on a table, a person on a couch
 * or two chairs side by side share little and stay. Objects from a label map are never merged: their ids are the
 * user's. Each drop is a warning naming both objects and the share.
 */
public final class DuplicateObjects {

    static final double SAME_CLASS_SHARE = 0.5;
    static final double ANY_CLASS_SHARE = 0.5;
    static final double MARGIN_M = 0.02;
    /** At most this many points of an object are tested (evenly spread over its point list). */
    static final int MAX_SAMPLES = 4096;

    private DuplicateObjects() {
    }

    /**
     * {@code objects} without the duplicates, in their order.
     *
     * @param cloudCanonical the full-resolution cloud in the canonical frame, which the objects' indices point into
     */
    public static CheckedObjects apply(List<SceneObject> objects, PointCloud cloudCanonical) {
        // a rejected (implausible) object removes nothing: it is not a better view of anything
        List<SceneObject> byScore = objects.stream().filter(SceneObject::detected).filter(o -> !o.rejected())
                .sorted(Comparator.comparingDouble(SceneObject::detectorScore).reversed()
                        .thenComparing(Comparator.comparingInt(SceneObject::pointCount).reversed()))
                .toList();
        List<SceneObject> kept = new ArrayList<>();
        Set<Integer> dropped = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        List<LeftOutObject> leftOut = new ArrayList<>();
        for (SceneObject o : byScore) {
            for (SceneObject k : kept) {
                double oInK = share(o, k.orientedBoxCanonical(), cloudCanonical);
                double kInO = share(k, o.orientedBoxCanonical(), cloudCanonical);
                boolean sameClass = o.name().equalsIgnoreCase(k.name());
                double smallerInLarger = o.pointCount() <= k.pointCount() ? oInK : kInO;
                String why = null;
                if (sameClass && smallerInLarger >= SAME_CLASS_SHARE) {
                    why = String.format(Locale.ROOT, "%.0f %% of the points of the one with fewer lie in the other's "
                            + "box (canonical; same class needs %.0f %%)", 100 * smallerInLarger, 100 * SAME_CLASS_SHARE);
                } else if (Math.min(oInK, kInO) >= ANY_CLASS_SHARE) {
                    why = String.format(Locale.ROOT, "each lies in the other's box (%.0f %% and %.0f %% of their "
                            + "points, canonical; any class needs %.0f %% both ways)", 100 * oInK, 100 * kInO,
                            100 * ANY_CLASS_SHARE);
                }
                if (why != null) {
                    dropped.add(o.id());
                    warnings.add(String.format(Locale.ROOT, "object %d (%s, score %.2f) dropped as a duplicate of "
                            + "object %d (%s, score %.2f) in 3D: %s", o.id(), o.name(), o.detectorScore(), k.id(),
                            k.name(), k.detectorScore(), why));
                    leftOut.add(new LeftOutObject(o.id(), o.name(), o.detectorScore(),
                            LeftOutObject.Reason.DUPLICATE_3D, String.format(Locale.ROOT,
                                    "the same object as #%d (%s, score %.2f): %s", k.id(), k.name(),
                                    k.detectorScore(), why)));
                    break;
                }
            }
            if (!dropped.contains(o.id())) {
                kept.add(o);
            }
        }
        List<SceneObject> out = objects.stream().filter(o -> !dropped.contains(o.id())).toList();
        return new CheckedObjects(out, warnings, leftOut);
    }

    /** Share of {@code o}'s points (up to {@value #MAX_SAMPLES} of them) inside {@code box} grown by the margin. */
    static double share(SceneObject o, OrientedBox box, PointCloud cloud) {
        int[] indices = o.cloudIndices();
        if (indices.length == 0) {
            return 0;
        }
        int step = Math.max(1, indices.length / MAX_SAMPLES);
        int tested = 0, inside = 0;
        for (int k = 0; k < indices.length; k += step) {
            int i = indices[k];
            tested++;
            if (box.contains(cloud.x(i), cloud.y(i), cloud.z(i), MARGIN_M)) {
                inside++;
            }
        }
        return (double) inside / tested;
    }
}
