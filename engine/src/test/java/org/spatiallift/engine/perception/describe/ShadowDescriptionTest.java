package org.spatiallift.engine.perception.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Referring expressions checked against shadow detections (weaker detections below the kept threshold): a label a
 * shadow shares is no longer unique, an attribute must hold against the shadow too, and a shadow whose position is
 * unknown leaves only colour; shadows of other labels change nothing. Also how a shadow is measured.
 */
class ShadowDescriptionTest {

    private static final int RED = 0xD62828, GREY = 0x8A8A8A;
    private static final LiftResult LIFT = DescribedScenes.scene()
            .box("chair", RED, -0.6, 3.0, 0.45, 0.45, 0.9)
            .box("table", GREY, 0.3, 3.5, 0.8, 0.6, 0.7)
            .liftResult();

    private static int[] pixels(int rgb) {
        int[] p = new int[400];
        Arrays.fill(p, rgb);
        return p;
    }

    private static List<String> described(List<Shadow> shadows) {
        List<SceneObject> out = ObjectDescriber.defaults().describe(LIFT.objects(), LIFT.cloudCamera(), LIFT.frame(),
                ModelCaptions.NONE, shadows);
        return out.stream().map(o -> o.description().ambiguous() ? "AMBIGUOUS: " + o.description().ambiguityReason()
                : o.description().referringExpression()).toList();
    }

    @Test
    void withoutShadowsOrWithShadowsOfOtherLabelsALabelStaysUnique() {
        assertThat(described(List.of())).containsExactly("the chair", "the table");
        assertThat(described(List.of(new Shadow("sofa", 0.2, 1.0, 3.0, 0.8, 0.8, 0.8, pixels(RED)))))
                .containsExactly("the chair", "the table");
    }

    @Test
    void aShadowOfTheSameLabelAndColourNeedsAnAttributeThatHoldsAgainstIt() {
        assertThat(described(List.of(new Shadow("chair", 0.2, 1.2, 3.0, 0.45, 0.45, 0.55, pixels(RED)))))
                .containsExactly("the chair on the left", "the table");
        assertThat(described(List.of(new Shadow("chair", 0.2, -1.8, 3.0, 0.45, 0.45, 0.55, pixels(RED)))))
                .as("the shadow is further left").containsExactly("the chair on the right", "the table");
    }

    @Test
    void aShadowOfAnotherColourLeavesTheColourWord() {
        assertThat(described(List.of(new Shadow("chair", 0.2, -0.6, 3.0, 0.45, 0.45, 0.55, pixels(0x2F5FD0)))))
                .containsExactly("the red chair", "the table");
    }

    @Test
    void aShadowWithoutPositionLeavesTheObjectOutWithTheReason() {
        List<String> e = described(List.of(new Shadow("chair", 0.21, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, pixels(RED))));
        assertThat(e.get(0)).startsWith("AMBIGUOUS: it cannot be told from a weaker chair detection (score 0.21)")
                .as("each attribute's reason says what was not measured, never a NaN distance")
                .contains("left/right (a weaker chair detection (score 0.21) has no measured position)")
                .contains("size (a weaker chair detection (score 0.21) has no measured size)")
                .doesNotContain("NaN");
        assertThat(e.get(1)).isEqualTo("the table");
    }

    @Test
    void aShadowIsMeasuredAtTheMedianDepthOfTheMiddleOfItsBox() {
        int w = 64, h = 48;
        float[] metres = new float[w * h];
        Arrays.fill(metres, 2.0f);
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, RED);
        Intrinsics k = new Intrinsics(50, 50, 31.5, 23.5, w, h, Intrinsics.primeSense().source());
        Detection d = new Detection("chair", 56, 0.2, new PixelBox(40, 10, 60, 30));

        Shadow s = ShadowMeasure.measure(List.of(d), new ColorImage(w, h, rgb), new DepthImage(w, h, metres), k,
                RigidTransform.IDENTITY, 0, 10).get(0);
        assertThat(s.x()).isCloseTo((50 - 31.5) * 2.0 / 50, offset(1e-9));
        assertThat(s.y()).isCloseTo((20 - 23.5) * 2.0 / 50, offset(1e-9));
        assertThat(s.size()).as("no size without a mask: no size word clears it").isNaN();
        assertThat(s.extentX()).isNaN();
        assertThat(s.rgb()).isNotEmpty().containsOnly(RED);

        Shadow far = ShadowMeasure.measure(List.of(d), new ColorImage(w, h, rgb), new DepthImage(w, h, metres), k,
                RigidTransform.IDENTITY, 0, 1.5).get(0);
        assertThat(far.x()).as("no depth in range").isNaN();
        assertThat(far.size()).isNaN();
    }
}
