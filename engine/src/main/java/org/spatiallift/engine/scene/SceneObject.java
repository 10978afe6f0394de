package org.spatiallift.engine.scene;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;

/**
 * One object of a lifted scene; every coordinate is in the canonical frame, in metres.
 *
 * @param id                  instance id from the label map (for detections: detection rank + 1)
 * @param name                its name (label)
 * @param pointCount          points kept after clustering
 * @param droppedPoints       points dropped as bleeding across depth edges (not in the main cluster)
 * @param centroidCanonical   mean of the kept points
 * @param boxCanonical        axis-aligned box of the kept points
 * @param orientedBoxCanonical box rotated about z (minimum footprint area)
 * @param bottomAboveFloorM   lowest kept point's height above the support plane
 * @param onFloor             the object reaches down to the support plane (bottom within the contact tolerance)
 * @param cloudIndices        indices of the kept points in the full-resolution cloud
 * @param detectorScore       the detector's score in [0, 1] when the object comes from a detection; NaN for a label map
 * @param description         caption and referring expression (or ambiguity), or null before the describe stage
 * @param rejection           why a detected object is left out of QA though it stays in the scene — its measured box
 *                            contradicts its label (class plausibility) — or null when it is not rejected
 * @param completeness        points added by completion, and whether the object is cut by the image border or partly
 *                            hidden ({@link ObjectCompletion}); a truncated or occluded object answers only questions
 *                            about where it is, not about its size
 */
public record SceneObject(int id, String name, int pointCount, int droppedPoints, Vec3 centroidCanonical,
                          Box3 boxCanonical, OrientedBox orientedBoxCanonical, double bottomAboveFloorM,
                          boolean onFloor, int[] cloudIndices, double detectorScore, ObjectDescription description,
                          String rejection, ObjectCompleteness completeness) {

    public SceneObject {
        if (rejection != null && rejection.isBlank()) {
            throw new IllegalArgumentException("a rejected object needs a reason, got a blank one for object " + id);
        }
        if (completeness == null) {
            completeness = ObjectCompleteness.UNCHECKED;
        }
    }

    /** An object that is not rejected, completeness not checked. */
    public SceneObject(int id, String name, int pointCount, int droppedPoints, Vec3 centroidCanonical,
                       Box3 boxCanonical, OrientedBox orientedBoxCanonical, double bottomAboveFloorM,
                       boolean onFloor, int[] cloudIndices, double detectorScore, ObjectDescription description) {
        this(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical, orientedBoxCanonical,
                bottomAboveFloorM, onFloor, cloudIndices, detectorScore, description, null, ObjectCompleteness.UNCHECKED);
    }

    /** An object from a label map, not yet described (no detector score, no description). */
    public SceneObject(int id, String name, int pointCount, int droppedPoints, Vec3 centroidCanonical,
                       Box3 boxCanonical, OrientedBox orientedBoxCanonical, double bottomAboveFloorM,
                       boolean onFloor, int[] cloudIndices) {
        this(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical, orientedBoxCanonical,
                bottomAboveFloorM, onFloor, cloudIndices, Double.NaN, null, null, ObjectCompleteness.UNCHECKED);
    }

    /** The same object with the score of the detection it came from. */
    public SceneObject withDetectorScore(double score) {
        return new SceneObject(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical,
                orientedBoxCanonical, bottomAboveFloorM, onFloor, cloudIndices, score, description, rejection,
                completeness);
    }

    /** The same object with a description. */
    public SceneObject withDescription(ObjectDescription d) {
        return new SceneObject(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical,
                orientedBoxCanonical, bottomAboveFloorM, onFloor, cloudIndices, detectorScore, d, rejection,
                completeness);
    }

    /** The same object with {@code c} as its completeness. */
    public SceneObject withCompleteness(ObjectCompleteness c) {
        return new SceneObject(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical,
                orientedBoxCanonical, bottomAboveFloorM, onFloor, cloudIndices, detectorScore, description, rejection, c);
    }

    /** The same object, left out of QA for {@code reason} (see {@link #rejection()}). */
    public SceneObject withRejection(String reason) {
        return new SceneObject(id, name, pointCount, droppedPoints, centroidCanonical, boxCanonical,
                orientedBoxCanonical, bottomAboveFloorM, onFloor, cloudIndices, detectorScore, description, reason,
                completeness);
    }

    /** True when the object is left out of QA though it stays in the scene ({@link #rejection()} says why). */
    public boolean rejected() {
        return rejection != null;
    }

    /** True when the whole object is in view (not truncated, not occluded): its box measures its size. */
    public boolean complete() {
        return completeness.complete();
    }

    /** True when the object comes from a detection (it has a detector score). */
    public boolean detected() {
        return !Double.isNaN(detectorScore);
    }
}
