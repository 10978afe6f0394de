package org.spatiallift.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/** Rerunning after a parameter change runs only the stale stages and gives what a full run gives. */
class LiftPipelineRerunTest {

    private static final List<String> INPUT_WARNINGS = List.of("intrinsics from a test");
    private static LiftInput input;
    private static LiftResult first;
    private final LiftPipeline pipeline = new LiftPipeline();

    @BeforeAll
    static void liftSampleOnce() {
        SampleScene s = SampleScenes.builtIn();
        input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()), null, null);
        first = new LiftPipeline().run(input, LiftParameters.defaults(), INPUT_WARNINGS, ProgressListener.NONE,
                Cancellation.NEVER);
    }

    @Test
    void rerunWithNewVoxelSizeStartsFromCachedCloudAndMatchesFullRun() {
        LiftParameters changed = LiftParameters.defaults().withVoxel(0.04);

        LiftResult rerun = pipeline.rerun(first, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(rerun.timings().millis()).containsOnlyKeys(Stage.VOXEL, Stage.PLANES, Stage.FLOOR,
                Stage.CANONICAL, Stage.OBJECTS, Stage.DESCRIBE, Stage.SCENE_FILTER);
        assertThat(rerun.cloudCamera()).isSameAs(first.cloudCamera());
        assertSameScene(rerun, pipeline.run(input, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void rerunWithNewRansacThresholdKeepsVoxelCloud() {
        LiftParameters d = LiftParameters.defaults();
        LiftParameters changed = new LiftParameters(d.minDepthM(), d.maxDepthM(), d.voxelM(), d.removeOutliers(),
                d.outlierNeighbours(), d.outlierStdRatio(), 0.03, d.ransacMaxIterations(), d.maxPlanes(),
                d.horizontalToleranceDeg(), d.seed(), d.clusterEpsM(), d.floorContactM());

        LiftResult rerun = pipeline.rerun(first, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(rerun.timings().millis()).containsOnlyKeys(Stage.PLANES, Stage.FLOOR, Stage.CANONICAL, Stage.OBJECTS,
                Stage.DESCRIBE, Stage.SCENE_FILTER);
        assertThat(rerun.voxelCamera()).isSameAs(first.voxelCamera());
        assertSameScene(rerun, pipeline.run(input, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void rerunWithNewDepthRangeRunsEveryStage() {
        LiftParameters changed = LiftParameters.defaults().withDepthRange(0.0, 4.0);

        LiftResult rerun = pipeline.rerun(first, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(rerun.timings().millis()).containsKeys(Stage.BACK_PROJECT, Stage.VOXEL, Stage.OBJECTS);
        assertThat(rerun.cloudCamera().size()).isLessThan(first.cloudCamera().size());
        assertSameScene(rerun, pipeline.run(input, changed, INPUT_WARNINGS, ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void rerunWithSameParametersReturnsPreviousResult() {
        assertThat(pipeline.rerun(first, LiftParameters.defaults(), INPUT_WARNINGS, ProgressListener.NONE,
                Cancellation.NEVER)).isSameAs(first);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            maxDepth,    BACK_PROJECT
            voxel,       VOXEL
            outliers,    VOXEL
            ransac,      PLANES
            seed,        PLANES
            tolerance,   FLOOR
            clusterEps,  OBJECTS
            """)
    void firstStaleNamesEarliestStageReadingChangedParameter(String changed, Stage expected) {
        LiftParameters d = LiftParameters.defaults();
        LiftParameters after = switch (changed) {
            case "maxDepth" -> d.withDepthRange(0, 5);
            case "voxel" -> d.withVoxel(0.05);
            case "outliers" -> new LiftParameters(0, 10, 0.02, true, 20, 2.0, 0.02, 1000, 4, 45.0, 42L, 0.05, 0.05);
            case "ransac" -> new LiftParameters(0, 10, 0.02, false, 20, 2.0, 0.01, 1000, 4, 45.0, 42L, 0.05, 0.05);
            case "seed" -> d.withSeed(7);
            case "tolerance" -> new LiftParameters(0, 10, 0.02, false, 20, 2.0, 0.02, 1000, 4, 30.0, 42L, 0.05, 0.05);
            default -> new LiftParameters(0, 10, 0.02, false, 20, 2.0, 0.02, 1000, 4, 45.0, 42L, 0.08, 0.05);
        };

        assertThat(StageDependencies.firstStale(d, after)).isEqualTo(expected);
        assertThat(StageDependencies.firstStale(d, d)).isNull();
    }

    private static void assertSameScene(LiftResult actual, LiftResult expected) {
        assertThat(actual.cloudCamera().size()).isEqualTo(expected.cloudCamera().size());
        assertThat(actual.voxelCamera().size()).isEqualTo(expected.voxelCamera().size());
        assertThat(actual.planes()).hasSameSizeAs(expected.planes());
        assertThat(actual.frame()).isEqualTo(expected.frame());
        assertThat(Arrays.equals(actual.cloudCanonical().xyz(), expected.cloudCanonical().xyz()))
                .as("canonical cloud equals a full run's").isTrue();
        assertThat(actual.objects()).extracting(SceneObject::name, SceneObject::pointCount, SceneObject::centroidCanonical)
                .containsExactlyElementsOf(expected.objects().stream()
                        .map(o -> org.assertj.core.groups.Tuple.tuple(o.name(), o.pointCount(), o.centroidCanonical()))
                        .toList());
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
    }
}
