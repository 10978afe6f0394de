package org.spatiallift.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

/** Stage order, progress, cancellation and warnings of the pipeline. */
class LiftPipelineTest {

    private static LiftInput input;
    private final LiftPipeline pipeline = new LiftPipeline();

    @BeforeAll
    static void renderSample() {
        SampleScene s = SampleScenes.builtIn();
        input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()), null, null);
    }

    @Test
    void runReportsEveryStageInOrderWithItsTime() {
        List<Stage> reported = new ArrayList<>();

        LiftResult r = pipeline.run(input, LiftParameters.defaults(), List.of("from decoding"), (stage, fraction) -> {
            if (fraction == 1) {
                reported.add(stage);
            }
        }, Cancellation.NEVER);

        assertThat(reported).containsExactly(Stage.BACK_PROJECT, Stage.VOXEL, Stage.PLANES, Stage.FLOOR,
                Stage.CANONICAL, Stage.OBJECTS, Stage.DESCRIBE, Stage.SCENE_FILTER);
        assertThat(r.timings().millis().keySet()).containsExactlyElementsOf(reported);
        assertThat(r.timings().millis().values()).allSatisfy(ms -> assertThat(ms).isNotNegative());
        assertThat(r.warnings()).startsWith("from decoding");
        assertThat(r.cloudCanonical().size()).isEqualTo(r.cloudCamera().size());
        assertThat(r.perception().source()).isEqualTo(PerceptionReport.LABELS);
        assertThat(r.perception().scene().accepted()).as(r.perception().scene().reason()).isTrue();
        assertThat(r.objects()).allSatisfy(o -> assertThat(o.description()).isNotNull());
    }

    @Test
    void runWithoutLabelsSeeksNoObjectsAndJudgesNoScene() {
        LiftInput bare = new LiftInput(input.color(), input.depth(), input.intrinsics(), null, null, null);

        LiftResult r = pipeline.run(bare, LiftParameters.defaults(), List.of(), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(r.timings().millis()).doesNotContainKeys(Stage.OBJECTS, Stage.DESCRIBE, Stage.SCENE_FILTER);
        assertThat(r.perception()).isEqualTo(PerceptionReport.none());
    }

    @Test
    void runStopsBetweenStagesWhenCancelled() {
        List<Stage> reported = new ArrayList<>();

        assertThatThrownBy(() -> pipeline.run(input, LiftParameters.defaults(), List.of(),
                (stage, fraction) -> reported.add(stage), () -> reported.contains(Stage.VOXEL)))
                .isInstanceOf(CancellationException.class);
        assertThat(reported).containsExactly(Stage.BACK_PROJECT, Stage.VOXEL);
    }

    @Test
    void runStopsInsidePlaneSegmentationWhenCancelledAfterTheFirstPlane() {
        List<Double> planes = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();

        assertThatThrownBy(() -> pipeline.run(input, LiftParameters.defaults(), List.of(), (stage, fraction) -> {
            if (stage == Stage.PLANES) {
                planes.add(fraction);
                cancelled.set(true);
            }
        }, cancelled::get)).isInstanceOf(CancellationException.class);
        assertThat(planes).containsExactly(1.0 / LiftParameters.defaults().maxPlanes());
    }

    @Test
    void runWithNoDepthInRangeWarnsAndAssumesUprightCamera() {
        LiftResult r = pipeline.run(input, LiftParameters.defaults().withDepthRange(50, 60), List.of(),
                ProgressListener.NONE, Cancellation.NEVER);

        assertThat(r.cloudCamera().size()).isZero();
        assertThat(r.frame().canonical()).isFalse();
        assertThat(r.frame().support()).isEqualTo(SupportKind.NONE);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("(50.00, 60.00] m").contains("widen the depth range"))
                .anySatisfy(w -> assertThat(w).contains("upright camera assumed"));
        assertThat(r.objects()).isEmpty();
    }
}
