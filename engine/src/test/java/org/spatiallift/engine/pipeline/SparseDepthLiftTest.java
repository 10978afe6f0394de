package org.spatiallift.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.DepthDensity;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.DetectionTimings;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.perception.mask.MaskInput;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.scene.SceneObject;

/**
 * A KITTI-shaped street frame ({@link SyntheticKittiFrame}: sparse 64-beam LiDAR depth in KITTI's PNG and folder
 * layout, two cars at 14 m and 28 m) through the detector path at default settings, with a stand-in detector that
 * boxes the cars as a COCO detector would ("car", class 2): the cars become objects and the frame yields QA.
 * No KITTI frame is in ../shared/data; this frame has KITTI's traits that stopped it before: depth beyond 10 m,
 * under 10 % of pixels with depth, in rows.
 */
class SparseDepthLiftTest {

    @TempDir
    Path dir;

    @Test
    void kittiFrameWithCarsYieldsCarObjectsAndQaAtDefaultSettings() throws Exception {
        SyntheticKittiFrame frame = new SyntheticKittiFrame(new double[] {-2.5, 14}, new double[] {3.0, 28});
        LoadedInput loaded = load(frame);
        LiftParameters parameters = LiftParameters.defaults().withDefaultDepthCut(loaded.depthEncoding());

        LiftResult lift = detectorPipeline(frame).run(loaded.input(), parameters, loaded.warnings(),
                ProgressListener.NONE, Cancellation.NEVER);

        assertThat(loaded.depthEncoding().format()).isEqualTo(DepthFormat.KITTI);
        assertThat(parameters.maxDepthM()).isEqualTo(80.0);
        assertThat(DepthFormat.KITTI.defaultMaxDepthM()).isEqualTo(80.0);
        DepthDensity density = DepthDensity.of(loaded.input().depth());
        assertThat(density.sparse()).as("%s", density.describe()).isTrue();
        assertThat(String.join("\n", lift.warnings())).contains("sparse depth").doesNotContain("transparent");
        assertThat(lift.perception().masks()).allSatisfy(m -> assertThat(m.leftOutReason()).as("%s", m).isNull());
        List<SceneObject> cars = lift.objects().stream().filter(o -> o.name().equals("car")).toList();
        assertThat(cars).as("objects %s, masks %s, warnings %s", lift.objects(), lift.perception().masks(),
                lift.warnings()).hasSize(2);
        for (SceneObject car : cars) {
            double height = car.boxCanonical().extents().z();
            assertThat(height).as("height of %s (m)", car.name()).isBetween(0.75 * SyntheticKittiFrame.CAR_HEIGHT_M,
                    1.1 * SyntheticKittiFrame.CAR_HEIGHT_M);
        }
        QaBatch batch = QaGenerator.standard(QaSettings.defaults()).generate(QaScene.of("kitti", lift,
                QaSettings.defaults().margins(), new SceneSource("detector", List.of())));
        assertThat(batch.pairs()).as("QA of the KITTI frame (skipped: %s)", batch.skipReason()).isNotEmpty();
        assertThat(cars).as("a scan's few lines of each car's near side do not measure it (about 0.4 m of a 4 m car)")
                .allSatisfy(c -> assertThat(c.complete()).isFalse())
                .allSatisfy(c -> assertThat(c.completeness().words()).contains("seen by a few lines of sparse depth"));
        assertThat(batch.pairs()).as("only questions about where the cars are, none about their size")
                .allSatisfy(p -> assertThat(Categories.byName(p.category()).needsFullExtent()).as(p.category()).isFalse());
    }

    @Test
    void theIndoorCutDropsEveryCarWhichIsWhyKittiHasItsOwn() throws Exception {
        SyntheticKittiFrame frame = new SyntheticKittiFrame(new double[] {-2.5, 14}, new double[] {3.0, 28});
        LoadedInput loaded = load(frame);

        LiftResult lift = detectorPipeline(frame).run(loaded.input(), LiftParameters.defaults(), loaded.warnings(),
                ProgressListener.NONE, Cancellation.NEVER);

        assertThat(LiftParameters.defaults().maxDepthM()).isEqualTo(10.0);
        assertThat(lift.objects()).isEmpty();
    }

    @Test
    void readAsDenseDepthTheCarsWouldBeTakenForTransparentSurfaces() throws Exception {
        SyntheticKittiFrame frame = new SyntheticKittiFrame(new double[] {-2.5, 14}, new double[] {3.0, 28});
        LoadedInput loaded = load(frame);
        List<Detection> cars = List.of(new Detection("car", 2, 0.9, frame.carBoxes[0]),
                new Detection("car", 2, 0.8, frame.carBoxes[1]));
        var in = loaded.input();

        // the rule before sparse depth was told apart: every box's centre lacks depth on most pixels
        var dense = GrabCutMaskSource.defaults().masks(new MaskInput(in.color(), in.depth(), in.intrinsics(), null, 0,
                80, new DepthDensity(1, 0)), cars);
        var sparse = GrabCutMaskSource.defaults().masks(new MaskInput(in.color(), in.depth(), in.intrinsics(), null, 0,
                80), cars);

        assertThat(dense.reports()).allSatisfy(r -> assertThat(r.leftOutReason()).contains("transparent, shiny"));
        assertThat(sparse.reports()).allSatisfy(r -> assertThat(r.leftOutReason()).as("%s", r).isNull());
    }

    private LoadedInput load(SyntheticKittiFrame frame) throws Exception {
        Path[] files = frame.write(dir);
        return RgbdLoader.load(RgbdRequest.of(files[0], files[1]).withIntrinsics(SyntheticKittiFrame.INTRINSICS));
    }

    /** GrabCut masks from boxes a stand-in detector gives: the cars' image extents, labelled "car" as in COCO. */
    private static LiftPipeline detectorPipeline(SyntheticKittiFrame frame) {
        List<Detection> found = new ArrayList<>();
        for (int k = 0; k < frame.carBoxes.length; k++) {
            found.add(new Detection("car", 2, 0.9 - 0.1 * k, frame.carBoxes[k]));
        }
        ModelProvenance provenance = new ModelProvenance("stand-in", java.util.Map.of(), "0".repeat(64), "none", "0",
                java.util.Map.of());
        return LiftPipeline.withDetection(new ObjectDetection(image -> new Detections(found, image.width(),
                image.height(), new DetectionTimings(0, 0, 0), provenance), GrabCutMaskSource.defaults()));
    }
}
