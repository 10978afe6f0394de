package org.spatiallift.engine.annotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.scene.ExtractedObjects;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.ObjectExtractor;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * Objects from annotated boxes (docs/decisions/0019-objects-from-annotations.md). Box k of the annotation
 * list (id k + 1) gives one object:
 * <ul>
 *   <li>points: the cloud's points inside the oriented box ({@link GroundTruthBox#containsCamera}, the one rule for
 *       "point in box"); with an instance label map, only those of the instance most of them carry (id ≠ 0) — the
 *       masks give the points, the box class and extent;</li>
 *   <li>label: the annotated class name, "_" read as a space ("night_stand" → "night stand");</li>
 *   <li>extent: the annotated box itself, moved into the canonical frame — not the hull of the points, which a partial
 *       view or a mask would cut short: axis-aligned box around its corners, oriented box with its annotated
 *       yaw, centroid at its centre, bottom = its lowest corner's height;</li>
 *   <li>left out, with a warning, when fewer than {@value ObjectExtractor#DEFAULT_MIN_OBJECT_POINTS} points lie in it:
 *       the object is not in view (outside the image, or hidden behind nearer surfaces), and QA about it would not
 *       be about the picture.</li>
 * </ul>
 */
public final class BoxObjects {

    private final int minObjectPoints;
    private final double floorContactM;

    public BoxObjects(int minObjectPoints, double floorContactM) {
        if (minObjectPoints < 1 || !(floorContactM >= 0)) {
            throw new IllegalArgumentException("objects from boxes need minObjectPoints >= 1 and floorContactM >= 0, got "
                    + minObjectPoints + ", " + floorContactM);
        }
        this.minObjectPoints = minObjectPoints;
        this.floorContactM = floorContactM;
    }

    /** The default minimum of points in view and {@code floorContactM} (an object on the floor reaches within it). */
    public static BoxObjects withFloorContact(double floorContactM) {
        return new BoxObjects(ObjectExtractor.DEFAULT_MIN_OBJECT_POINTS, floorContactM);
    }

    /**
     * @param cloudCamera       every lifted point, camera frame (pixel indices into {@code labels}' image)
     * @param cameraToCanonical the frame the objects are placed in
     * @param boxes             the annotated boxes, camera frame
     * @param labels            an instance label map of the same image, or null
     */
    public ExtractedObjects extract(PointCloud cloudCamera, RigidTransform cameraToCanonical, List<GroundTruthBox> boxes,
                                    ObjectLabels labels) {
        List<SceneObject> objects = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<LeftOutObject> leftOut = new ArrayList<>();
        for (int k = 0; k < boxes.size(); k++) {
            GroundTruthBox b = boxes.get(k);
            int id = k + 1;
            String name = displayName(b.name());
            int[] inside = inside(cloudCamera, b);
            int[] kept = labels == null ? inside : majorityInstance(cloudCamera, inside, labels);
            if (kept.length < minObjectPoints) {
                String warning = String.format(Locale.ROOT, "annotated object %d (%s) left out: %d points of the cloud"
                        + " lie in its box%s, fewer than %d: it is not in view (outside the image or hidden)", id, name,
                        kept.length, labels == null ? "" : " and its instance mask", minObjectPoints);
                warnings.add(warning);
                leftOut.add(new LeftOutObject(id, name, Double.NaN, LeftOutObject.Reason.TOO_FEW_POINTS,
                        String.format(Locale.ROOT, "%d points lie in its box, fewer than %d: not in view", kept.length,
                                minObjectPoints)));
                continue;
            }
            Box3 aabb = b.aabb(cameraToCanonical);
            OrientedBox oriented = b.orientedBox(cameraToCanonical);
            double bottom = aabb.min().z();
            objects.add(new SceneObject(id, name, kept.length, inside.length - kept.length,
                    cameraToCanonical.apply(b.centreCamera()), aabb, oriented, bottom,
                    Math.abs(bottom) <= floorContactM, kept));
        }
        return new ExtractedObjects(objects, warnings, leftOut);
    }

    /** An annotated class name as an object's label: trimmed, "_" as a space. */
    public static String displayName(String annotated) {
        return annotated.strip().replace('_', ' ');
    }

    private static int[] inside(PointCloud cloud, GroundTruthBox b) {
        int[] out = new int[cloud.size()];
        int n = 0;
        for (int i = 0; i < cloud.size(); i++) {
            if (b.containsCamera(cloud.x(i), cloud.y(i), cloud.z(i))) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The points of {@code inside} whose pixel carries the instance id most of them carry (0 = none, not counted). */
    private static int[] majorityInstance(PointCloud cloud, int[] inside, ObjectLabels labels) {
        int[] ids = labels.labels().ids();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i : inside) {
            int id = ids[cloud.pixel()[i]];
            if (id != 0) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        int[] out = new int[bestCount];
        int n = 0;
        for (int i : inside) {
            if (best != 0 && ids[cloud.pixel()[i]] == best) {
                out[n++] = i;
            }
        }
        return out;
    }
}
