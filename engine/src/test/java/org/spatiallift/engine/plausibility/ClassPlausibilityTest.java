package org.spatiallift.engine.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.ObjectCompleteness;
import org.spatiallift.engine.scene.SceneObject;

class ClassPlausibilityTest {

    private static final ClassPlausibility RULES = ClassPlausibility.defaults();

    private static CanonicalFrame frame(boolean canonical, SupportKind support) {
        CameraOrientation pose = new CameraOrientation(15, 0);
        Vec3 down = pose.downCamera();
        return new CanonicalFrame(canonical, support, "test", new Plane(down, -1.4), down,
                CameraOrientation.cameraToCanonical(down, 1.4), 1.4, pose);
    }

    private static final CanonicalFrame FLOOR = frame(true, SupportKind.FLOOR);

    /** A detected object with oriented extents length × width × height whose lowest point is {@code bottom} m up. */
    private static SceneObject detected(String name, double length, double width, double height, double bottom) {
        Vec3 centre = new Vec3(0, 2, bottom + height / 2);
        Vec3 extents = new Vec3(length, width, height);
        Box3 box = new Box3(centre.minus(extents.times(0.5)), centre.plus(extents.times(0.5)));
        return new SceneObject(1, name, 500, 0, centre, box, new OrientedBox(centre, extents, 0), bottom,
                Math.abs(bottom) <= 0.05, new int[0]).withDetectorScore(0.55);
    }

    @Test
    void toiletTwentyCentimetresTallOnTheFloorIsRejected() {
        PlausibilityVerdict v = RULES.judge(detected("toilet", 0.45, 0.40, 0.20, 0.0), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("measured height 0.20 m").contains("canonical, gravity-up")
                .contains("0.35–0.95 m of a toilet standing on the floor");
    }

    @Test
    void anObjectCutByTheImageBorderIsJudgedOnlyForBeingTooLarge() {
        SceneObject whole = detected("toilet", 0.45, 0.40, 0.20, 0.0);
        SceneObject cut = new SceneObject(whole.id(), whole.name(), whole.pointCount(), whole.droppedPoints(),
                whole.centroidCanonical(), whole.boxCanonical(), whole.orientedBoxCanonical(),
                whole.bottomAboveFloorM(), whole.onFloor(), whole.cloudIndices(), whole.detectorScore(), null, null,
                new ObjectCompleteness(0, true, false));

        assertThat(RULES.judge(whole, FLOOR).plausible()).isFalse();
        PlausibilityVerdict v = RULES.judge(cut, FLOOR);
        assertThat(v.plausible()).as(v.reason()).isTrue();
        assertThat(v.reason()).contains("cut by the image border");
        SceneObject cutHuge = new SceneObject(1, "toilet", 500, 0, cut.centroidCanonical(), cut.boxCanonical(),
                new OrientedBox(cut.centroidCanonical(), new Vec3(2.5, 0.4, 0.5), 0), 0, true, new int[0], 0.55, null,
                null, new ObjectCompleteness(0, true, true));
        assertThat(RULES.judge(cutHuge, FLOOR).plausible()).as("too large stays implausible").isFalse();
    }

    @Test
    void toiletOfRealSizeOnTheFloorIsKept() {
        assertThat(RULES.judge(detected("toilet", 0.68, 0.38, 0.78, 0.0), FLOOR).plausible()).isTrue();
    }

    @Test
    void toiletWhoseTopIsHighOnAShelfIsRejected() {
        PlausibilityVerdict v = RULES.judge(detected("toilet", 0.40, 0.35, 0.45, 1.20), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("top 1.65 m above the floor").contains("is above the 0.35–0.95 m");
    }

    @Test
    void refrigeratorFortySevenCentimetresTallIsRejectedWithValueRangeUnitAndFrame() {
        PlausibilityVerdict v = RULES.judge(detected("refrigerator", 0.60, 0.50, 0.47, 0.0), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("measured height 0.47 m").contains("(canonical, gravity-up)")
                .contains("below the 0.80–2.20 m of a refrigerator");
    }

    @Test
    void refrigeratorWhoseLowerPartIsHiddenKeepsItsTopAndIsKept() {
        // only the upper 0.6 m is in the mask (a counter in front): its top is still 1.7 m up
        assertThat(RULES.judge(detected("refrigerator", 0.70, 0.20, 0.60, 1.10), FLOOR).plausible()).isTrue();
    }

    @Test
    void chairOfRealSizeIsKept() {
        PlausibilityVerdict v = RULES.judge(detected("chair", 0.55, 0.50, 0.85, 0.0), FLOOR);

        assertThat(v.plausible()).as(v.reason()).isTrue();
    }

    @Test
    void chairSixCentimetresThickButOfFullHeightAndWidthIsRejected() {
        PlausibilityVerdict v = RULES.judge(detected("chair", 0.50, 0.06, 0.90, 0.0), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("smallest extent 0.06 m").contains("0.25 m minimum of a chair")
                .contains("not a chair");
    }

    @Test
    void chairWhoseMaskKeptOnlyItsBackrestIsKept() {
        // the TUM yellow chair: backrest only, 0.23 m tall and 9 cm deep, 0.62 m above the floor (top at 0.85 m)
        PlausibilityVerdict v = RULES.judge(detected("chair", 0.35, 0.09, 0.23, 0.62), FLOOR);

        assertThat(v.plausible()).as(v.reason()).isTrue();
    }

    @Test
    void chairSixCentimetresTallOnATableIsRejectedAsFarTooSmall() {
        PlausibilityVerdict v = RULES.judge(detected("chair", 0.23, 0.17, 0.06, 0.72), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("measured height 0.06 m").contains("less than half the 0.40–1.45 m of a chair");
    }

    @Test
    void suitcaseLongerThanAnySuitcaseIsRejected() {
        PlausibilityVerdict v = RULES.judge(detected("suitcase", 1.43, 0.65, 0.59, 0.03), FLOOR);

        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("largest horizontal extent 1.43 m").contains("above the 0.25–1.00 m of a suitcase");
    }

    @Test
    void slightlyAboveTheRangeIsWithinTheMeasurementSlack() {
        // 1.00 m max: 1.10 + 0.03 m allowed
        assertThat(RULES.judge(detected("suitcase", 1.12, 0.40, 0.70, 0.0), FLOOR).plausible()).isTrue();
        assertThat(RULES.judge(detected("suitcase", 1.14, 0.40, 0.70, 0.0), FLOOR).plausible()).isFalse();
    }

    @Test
    void objectsFromALabelMapAreNotJudged() {
        SceneObject fromLabels = new SceneObject(1, "toilet", 500, 0, new Vec3(0, 2, 0.1),
                new Box3(new Vec3(-0.2, 1.8, 0), new Vec3(0.2, 2.2, 0.2)),
                new OrientedBox(new Vec3(0, 2, 0.1), new Vec3(0.4, 0.4, 0.2), 0), 0, true, new int[0]);

        PlausibilityVerdict v = RULES.judge(fromLabels, FLOOR);

        assertThat(v.plausible()).isTrue();
        assertThat(v.reason()).contains("not judged").contains("label map");
        assertThat(RULES.apply(List.of(fromLabels), FLOOR).objects().get(0).rejected()).isFalse();
    }

    @Test
    void aLabelWithoutEntryIsNotJudged() {
        PlausibilityVerdict v = RULES.judge(detected("wardrobe", 9, 9, 9, 0), FLOOR);

        assertThat(v.plausible()).isTrue();
        assertThat(v.reason()).contains("no typical size for \"wardrobe\"");
    }

    @Test
    void withoutGravityOnlyTheLargestExtentIsJudged() {
        CanonicalFrame upright = frame(false, SupportKind.NONE);

        // a 20 cm "toilet" cannot be judged without gravity, a 3 m one can
        assertThat(RULES.judge(detected("toilet", 0.45, 0.40, 0.20, 0.62), upright).plausible()).isTrue();
        PlausibilityVerdict v = RULES.judge(detected("toilet", 3.0, 0.40, 0.50, 0.0), upright);
        assertThat(v.plausible()).isFalse();
        assertThat(v.reason()).contains("largest extent 3.00 m").contains("upright camera assumed");
    }

    @Test
    void onATableFrameTheTopAboveTheSupportIsNotHeldAgainstFloorClasses() {
        CanonicalFrame table = frame(true, SupportKind.TABLE);

        // a chair beside the table, seen with the table top as support: its bottom is 0.75 m below it
        assertThat(RULES.judge(detected("chair", 0.50, 0.45, 0.85, -0.75), table).plausible()).isTrue();
        // the same box in a floor frame would end 0.10 m above the floor: no standing chair does
        assertThat(RULES.judge(detected("chair", 0.50, 0.45, 0.85, -0.75), FLOOR).plausible()).isFalse();
    }

    @Test
    void applyMarksRejectedObjectsKeepsThemAndWarns() {
        SceneObject fridge = detected("refrigerator", 0.60, 0.50, 0.47, 0.0);
        SceneObject chair = detected("chair", 0.55, 0.50, 0.85, 0.0);

        CheckedObjects checked = RULES.apply(List.of(fridge, chair), FLOOR);

        assertThat(checked.objects()).hasSize(2);
        assertThat(checked.objects().get(0).rejection()).contains("0.47 m");
        assertThat(checked.objects().get(1).rejected()).isFalse();
        assertThat(checked.warnings()).singleElement().asString().contains("object 1 (refrigerator, score 0.55) left out of QA");
    }

    @Test
    void anArticleFitsTheClassName() {
        PlausibilityVerdict v = RULES.judge(detected("oven", 3.0, 0.6, 0.9, 0.0), FLOOR);

        assertThat(v.reason()).contains("of an oven");
    }
}
