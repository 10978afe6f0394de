package org.spatiallift.engine.perception.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.testing.CloudBuilder;

/** The rule-based scene filter: enough usable objects and enough depth spread, each with the reason. */
class RuleSceneFilterTest {

    private final RuleSceneFilter rules = RuleSceneFilter.defaults();

    @Test
    void sceneWithTwoUsableObjectsAndDepthIsAcceptedWithMeasuredValues() {
        SceneVerdict v = rules.judge(input(depthsFrom(1.0, 3.0), List.of(object(1, null), object(2, null))));

        assertThat(v.accepted()).isTrue();
        assertThat(v.method()).isEqualTo("rules");
        assertThat(v.reason()).startsWith("accepted: 2 usable objects (0 ambiguous; needs 2)")
                .contains("depth spread 1.60 m between the 10th and 90th percentiles (needs 0.50 m)");
    }

    @Test
    void ambiguousObjectsDoNotCount() {
        SceneVerdict v = rules.judge(input(depthsFrom(1.0, 3.0), List.of(object(1, null), object(2, "no attribute"),
                object(3, "no attribute"))));

        assertThat(v.accepted()).isFalse();
        assertThat(v.reason()).isEqualTo("rejected: 1 usable object (2 ambiguous; needs 2)");
    }

    @Test
    void rejectedObjectsDoNotCount() {
        SceneVerdict v = rules.judge(input(depthsFrom(1.0, 3.0), List.of(object(1, null),
                object(2, null).withRejection("measured height 0.47 m ... of a refrigerator"))));

        assertThat(v.accepted()).isFalse();
        assertThat(v.reason()).isEqualTo("rejected: 1 usable object (0 ambiguous, 1 rejected; needs 2)");
    }

    @Test
    void flatSceneIsRejectedForItsDepthSpread() {
        SceneVerdict v = rules.judge(input(depthsFrom(2.0, 2.3), List.of(object(1, null), object(2, null))));

        assertThat(v.accepted()).isFalse();
        assertThat(v.reason()).startsWith("rejected: depth spread 0.24 m").contains("(needs 0.50 m)");
    }

    @Test
    void emptySceneFailsBothRules() {
        SceneVerdict v = rules.judge(input(PointCloud.empty(CoordinateFrame.CAMERA), List.of()));

        assertThat(v.accepted()).isFalse();
        assertThat(v.reason()).isEqualTo("rejected: 0 usable objects (0 ambiguous; needs 2); no depth");
    }

    @Test
    void depthSpreadIsTheTenthToNinetiethPercentileRange() {
        assertThat(RuleSceneFilter.depthSpread(depthsFrom(1.0, 2.0))).isCloseTo(0.8, within(0.01));
    }

    /** Points with depth evenly from {@code near} to {@code far} metres. */
    private static PointCloud depthsFrom(double near, double far) {
        CloudBuilder b = new CloudBuilder(1);
        for (int i = 0; i <= 1000; i++) {
            b.add(0, 0, near + (far - near) * i / 1000.0, 0x808080);
        }
        return b.build(CoordinateFrame.CAMERA);
    }

    private static SceneFilterInput input(PointCloud cloud, List<SceneObject> objects) {
        return new SceneFilterInput(new ColorImage(1, 1, new int[1]), cloud,
                CanonicalFrameEstimator.uprightFallback(CanonicalFrameEstimator.NO_PLANE_REASON), new ArrayList<>(objects));
    }

    private static SceneObject object(int id, String ambiguity) {
        SceneObject o = new SceneObject(id, "box", 100, 0, Vec3.ZERO, new Box3(Vec3.ZERO, new Vec3(1, 1, 1)),
                new OrientedBox(new Vec3(0.5, 0.5, 0.5), new Vec3(1, 1, 1), 0), 0, true, new int[0]);
        return o.withDescription(new ObjectDescription("box", null, 0, "box", ambiguity == null ? "the box " + id : null,
                ambiguity));
    }
}
