package org.spatiallift.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.cloud.VoxelGrid;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.lift.BackProjector;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.validate.FrameTruth;
import org.spatiallift.engine.validate.GroundTruthFrame;
import org.spatiallift.engine.validate.GroundTruthReader;

/**
 * The canonical frame against the annotated gravity and camera height of the real frames in shared/data/annotated
 * (ScanNet kitchen and bedroom views with little floor in view, SUN RGB-D bedrooms with a mattress below the camera),
 * with the default lift parameters. Targets of issue #10: gravity error median ≤ 1.5°, max ≤ 3°; camera height error
 * median ≤ 5 cm; and no frame falls back to an assumed upright camera.
 */
class GravityOnAnnotatedFramesTest {

    @Test
    void gravityAndCameraHeightMeetTheTargetsOnEveryAnnotatedFrame() throws Exception {
        LiftParameters p = LiftParameters.defaults();
        List<Double> gravity = new ArrayList<>();
        List<Double> height = new ArrayList<>();
        StringBuilder frames = new StringBuilder();
        for (Path folder : GroundTruthReader.frames(SharedData.annotated())) {
            GroundTruthFrame truth = GroundTruthReader.read(folder);
            LiftInput in = RgbdLoader.load(truth.request(false)).input();
            PointCloud cloud = BackProjector.backProject(in.depth(), in.color(), in.intrinsics(), p.minDepthM(),
                    p.maxDepthM());
            PointCloud voxels = VoxelGrid.downsample(cloud, p.voxelM());
            CanonicalFrame frame = CanonicalFrameEstimator.fromParameters(p)
                    .estimate(voxels, PlaneSegmenter.fromParameters(p).segment(voxels));
            double g = frame.downCamera().angleDegTo(truth.downCamera());
            double h = Math.abs(frame.cameraHeightM() - FrameTruth.of(truth).heightM());
            frames.append(String.format("%n%s: gravity %.2f° (±%.2f°), height error %.3f m; %s", truth.name(), g,
                    frame.gravityUncertaintyDeg(), h, frame.reason()));
            assertThat(frame.canonical()).as(truth.name() + ": " + frame.reason()).isTrue();
            gravity.add(g);
            height.add(h);
        }
        assertThat(gravity).as("no annotated frames").isNotEmpty();
        assertThat(median(gravity)).as(frames.toString()).isLessThanOrEqualTo(1.5);
        assertThat(gravity.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).as(frames.toString())
                .isLessThanOrEqualTo(3.0);
        assertThat(median(height)).as(frames.toString()).isLessThanOrEqualTo(0.05);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }
}
