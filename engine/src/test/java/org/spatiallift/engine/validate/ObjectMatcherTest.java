package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

/** Matching objects to annotated boxes: correct, duplicate, wrong class, not judged, and the box errors. */
class ObjectMatcherTest {

    // Canonical = camera here (identity), so boxes are written directly; "height" (box axis 1) along z.
    private static final Mat3 STANDING = Mat3.ofColumns(Vec3.UNIT_X, Vec3.UNIT_Z, Vec3.UNIT_Y);
    private static final ClassCompatibility CLASSES = ClassCompatibility.builtIn();

    @Test
    void sameBoxIsCorrectWithUnitRatiosAndTheSecondCopyIsADuplicate() {
        GroundTruthFrame truth = frame(new GroundTruthBox("table", new Vec3(1, 2, 0.4), new Vec3(1.2, 0.8, 0.6), STANDING));
        SceneObject exact = object(1, "dining table", new Vec3(1, 2, 0.4), new Vec3(1.2, 0.6, 0.8), 0);
        SceneObject shifted = object(2, "dining table", new Vec3(1.1, 2, 0.4), new Vec3(1.2, 0.6, 0.8), 0);

        List<ObjectVerdict> v = ObjectMatcher.judge(List.of(shifted, exact), truth, RigidTransform.IDENTITY, 1.5, 1.5,
                CLASSES);

        assertThat(v.get(0).verdict()).isEqualTo(Verdict.DUPLICATE);
        assertThat(v.get(1).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(v.get(1).iou()).as("footprints pass through float hulls").isCloseTo(1.0, within(1e-6));
        BoxErrors e = v.get(1).errors();
        assertThat(e.centreDistanceM()).isCloseTo(0, within(1e-9));
        assertThat(e.lengthRatio()).isCloseTo(1, within(1e-9));
        assertThat(e.widthRatio()).isCloseTo(1, within(1e-9));
        assertThat(e.heightRatio()).isCloseTo(1, within(1e-9));
        assertThat(e.trueBottomAboveFloorM()).isCloseTo(0, within(1e-9));
    }

    @Test
    void overlapWithAnotherClassIsWrongClassAndContainmentOfAnotherClassIsNotJudged() {
        GroundTruthFrame truth = frame(
                new GroundTruthBox("garbagebin", new Vec3(0, 1, 0.35), new Vec3(0.4, 0.7, 0.4), STANDING),
                new GroundTruthBox("cabinet", new Vec3(3, 1, 0.5), new Vec3(1, 1, 0.6), STANDING));
        SceneObject toilet = object(1, "toilet", new Vec3(0, 1, 0.35), new Vec3(0.4, 0.4, 0.7), 0);
        SceneObject cup = object(2, "cup", new Vec3(3, 1, 0.5), new Vec3(0.1, 0.1, 0.1), 0.45);
        SceneObject far = object(3, "chair", new Vec3(-3, 5, 0.4), new Vec3(0.5, 0.5, 0.8), 0);

        List<ObjectVerdict> v = ObjectMatcher.judge(List.of(toilet, cup, far), truth, RigidTransform.IDENTITY, 1.5,
                Double.NaN, CLASSES);

        assertThat(v).extracting(ObjectVerdict::verdict)
                .containsExactly(Verdict.WRONG_CLASS, Verdict.NOT_JUDGED, Verdict.NOT_JUDGED);
        assertThat(v.get(0).groundTruthName()).isEqualTo("garbagebin");
    }

    @Test
    void partialObjectInsideItsBoxIsCorrectWithItsSizeError() {
        // The top third of a chair (its backrest) inside the chair's box
        GroundTruthFrame truth = frame(new GroundTruthBox("chair", new Vec3(0, 2, 0.45), new Vec3(0.5, 0.9, 0.5), STANDING));
        SceneObject backrest = object(1, "chair", new Vec3(0, 2, 0.75), new Vec3(0.4, 0.4, 0.3), 0.6);

        ObjectVerdict v = ObjectMatcher.judge(List.of(backrest), truth, RigidTransform.IDENTITY, 1.5, 1.5, CLASSES).get(0);

        assertThat(v.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(v.iou()).isLessThan(ObjectMatcher.MATCH_IOU);
        assertThat(v.errors().heightRatio()).isCloseTo(0.3 / 0.9, within(1e-9));
        assertThat(v.errors().bottomAboveFloorM()).isEqualTo(0.6);
    }

    @Test
    void rotatedFootprintsOverlapByTheirPolygons() {
        // Two unit squares, one turned 45° about its centre: intersection = regular octagon, area 2(√2 − 1)
        Prism a = Prism.of(new OrientedBox(Vec3.ZERO, new Vec3(1, 1, 1), 0));
        Prism b = Prism.of(new OrientedBox(Vec3.ZERO, new Vec3(1, 1, 1), 45));
        double inter = 2 * (Math.sqrt(2) - 1);

        assertThat(a.iou(b)).isCloseTo(inter / (2 - inter), within(1e-9));
    }

    private static SceneObject object(int id, String name, Vec3 centre, Vec3 extents, double bottom) {
        Box3 aabb = new Box3(centre.minus(extents.times(0.5)), centre.plus(extents.times(0.5)));
        return new SceneObject(id, name, 100, 0, centre, aabb, new OrientedBox(centre, extents, 0), bottom, bottom < 0.05,
                new int[0]);
    }

    private static GroundTruthFrame frame(GroundTruthBox... boxes) {
        return new GroundTruthFrame(Path.of("gt", "frame"), Path.of("color.png"), Path.of("depth.png"), 1000,
                Intrinsics.primeSense(), List.of(boxes), new Vec3(0, 0, -1), null, Map.of());
    }
}
