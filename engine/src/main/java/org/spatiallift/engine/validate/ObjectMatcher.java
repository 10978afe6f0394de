package org.spatiallift.engine.validate;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Matches a lift's objects to annotated boxes by 3D overlap in the canonical frame and judges each (one rule for
 * {@code validate}, the app and every other caller).
 *
 * <p>An object may be an annotated object of a compatible class (class-compatibility table) when their IoU is at
 * least {@value #MATCH_IOU} or at least {@value #CONTAINED_SHARE} of the object's own volume lies inside the box (a
 * partial object is still that object). Pairs are assigned one to one, highest IoU first: an assigned object is
 * {@link Verdict#CORRECT}; an object whose every compatible box went to another object is {@link Verdict#DUPLICATE};
 * an object with no compatible box but an IoU of at least {@value #MATCH_IOU} with a box of another class is
 * {@link Verdict#WRONG_CLASS}; anything else (inside a box of another class only, such as a cup in a cabinet's box, or
 * overlapping nothing) is {@link Verdict#NOT_JUDGED}, since the annotations may be incomplete.
 */
public final class ObjectMatcher {

    static final double MATCH_IOU = 0.25;
    static final double CONTAINED_SHARE = 0.5;

    private ObjectMatcher() {
    }

    /**
     * Judges {@code objects} of a lift whose frame maps camera to canonical by {@code cameraToCanonical}.
     *
     * @param trueCameraHeightM the true camera height above the floor (for the true bottom heights), or NaN
     */
    public static List<ObjectVerdict> judge(List<SceneObject> objects, GroundTruthFrame truth,
            RigidTransform cameraToCanonical, double cameraHeightM, double trueCameraHeightM,
            ClassCompatibility classes) {
        List<Prism> boxes = new ArrayList<>();
        for (GroundTruthBox b : truth.boxes()) {
            boxes.add(Prism.of(b, cameraToCanonical));
        }
        int n = objects.size();
        int m = boxes.size();
        double[][] iou = new double[n][m];
        List<double[]> candidates = new ArrayList<>(); // {score, object, box} for compatible matches
        for (int i = 0; i < n; i++) {
            Prism ours = Prism.of(objects.get(i).orientedBoxCanonical());
            for (int j = 0; j < m; j++) {
                iou[i][j] = ours.iou(boxes.get(j));
                double contained = ours.volume() > 0 ? ours.intersection(boxes.get(j)) / ours.volume() : 0;
                if (classes.compatible(objects.get(i).name(), truth.boxes().get(j).name())
                        && (iou[i][j] >= MATCH_IOU || contained >= CONTAINED_SHARE)) {
                    candidates.add(new double[] {iou[i][j], i, j});
                }
            }
        }
        // Each annotated box goes to the compatible object that overlaps it most, best pairs first
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] assigned = new int[n];
        int[] firstCandidate = new int[n];
        java.util.Arrays.fill(assigned, -1);
        java.util.Arrays.fill(firstCandidate, -1);
        boolean[] taken = new boolean[m];
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (firstCandidate[i] < 0) {
                firstCandidate[i] = j;
            }
            if (assigned[i] < 0 && !taken[j]) {
                assigned[i] = j;
                taken[j] = true;
            }
        }
        List<ObjectVerdict> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SceneObject o = objects.get(i);
            if (assigned[i] >= 0) {
                int j = assigned[i];
                out.add(new ObjectVerdict(o.id(), o.name(), Verdict.CORRECT, j, truth.boxes().get(j).name(), iou[i][j],
                        errors(o, truth.boxes().get(j), boxes.get(j), cameraToCanonical, cameraHeightM,
                                trueCameraHeightM)));
            } else if (firstCandidate[i] >= 0) {
                int j = firstCandidate[i];
                out.add(new ObjectVerdict(o.id(), o.name(), Verdict.DUPLICATE, j, truth.boxes().get(j).name(), iou[i][j],
                        null));
            } else {
                int best = -1;
                for (int j = 0; j < m; j++) {
                    if (iou[i][j] >= MATCH_IOU && (best < 0 || iou[i][j] > iou[i][best])) {
                        best = j;
                    }
                }
                out.add(best < 0 ? new ObjectVerdict(o.id(), o.name(), Verdict.NOT_JUDGED, -1, null, 0, null)
                        : new ObjectVerdict(o.id(), o.name(), Verdict.WRONG_CLASS, best, truth.boxes().get(best).name(),
                                iou[i][best], null));
            }
        }
        return out;
    }

    private static BoxErrors errors(SceneObject o, GroundTruthBox box, Prism truePrism, RigidTransform cameraToCanonical,
            double cameraHeightM, double trueCameraHeightM) {
        Vec3 trueCentre = cameraToCanonical.apply(box.centreCamera());
        double ours1 = o.orientedBoxCanonical().extents().x();
        double ours2 = o.orientedBoxCanonical().extents().y();
        double true1 = box.sizeM().x();
        double true2 = box.sizeM().z();
        double ourHeight = o.orientedBoxCanonical().extents().z();
        double trueHeight = box.sizeM().y();
        // The true bottom in our canonical frame is zMin + (our floor at z = 0); against the true floor it is
        // shifted by the difference of the camera heights.
        double trueBottom = Double.isNaN(trueCameraHeightM) ? Double.NaN
                : truePrism.zMin() + (trueCameraHeightM - cameraHeightM);
        return new BoxErrors(o.orientedBoxCanonical().center().distanceTo(trueCentre),
                Math.max(ours1, ours2) / Math.max(true1, true2), Math.min(ours1, ours2) / Math.min(true1, true2),
                ourHeight / trueHeight, ourHeight, trueHeight, o.bottomAboveFloorM(), trueBottom, o.complete());
    }
}
