package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.testing.SharedData;

/**
 * The ground-truth reader and the judging on the real annotated frames of ../shared/data/annotated: objects lifted
 * from the annotators' own instance masks must match their own boxes, never as a wrong class.
 */
class AnnotatedFramesTest {

    @Test
    void everyFrameReadsWithUnitGravityAndBoxes() throws Exception {
        List<Path> frames = GroundTruthReader.frames(SharedData.annotated());

        assertThat(frames).hasSize(6);
        for (Path f : frames) {
            GroundTruthFrame gt = GroundTruthReader.read(f);
            assertThat(gt.boxes()).as(f.toString()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(gt.downCamera().norm()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
            FrameTruth h = FrameTruth.of(gt);
            assertThat(h.heightM()).as(f + " " + h.source()).isBetween(0.5, 2.5);
            assertThat(h.source()).startsWith(gt.instanceMap() != null ? "floor instance" : "lowest box bottom");
        }
    }

    @Test
    void objectsFromTheAnnotatedMasksMatchTheirOwnBoxes() throws Exception {
        for (Path f : GroundTruthReader.frames(SharedData.annotated())) {
            GroundTruthFrame gt = GroundTruthReader.read(f);
            if (gt.instanceMap() == null) {
                continue;
            }
            LiftResult lift = lift(gt, true);

            FrameReport r = FrameValidation.judge(gt, lift, ClassCompatibility.builtIn());

            System.out.printf("%s: gravity error %.2f°, camera height %.3f m (true %.3f m, %s), %s%n", r.frame(),
                    r.gravityErrorDeg(), r.cameraHeightM(), r.trueCameraHeightM(), r.trueCameraHeightFrom(),
                    r.objects().stream().map(o -> o.label() + ":" + o.verdict() + String.format(":%.2f", o.iou())).toList());
            assertThat(r.count(Verdict.WRONG_CLASS)).as(r.toString()).isZero();
            assertThat(r.count(Verdict.DUPLICATE)).as("instances are unique: %s", r).isZero();
            assertThat(r.count(Verdict.CORRECT)).as(r.toString()).isGreaterThanOrEqualTo(3);
        }
    }

    static LiftResult lift(GroundTruthFrame gt, boolean labels) throws Exception {
        LoadedInput in = RgbdLoader.load(gt.request(labels));
        return new LiftPipeline().run(in.input(), LiftParameters.defaults(), in.warnings(), ProgressListener.NONE,
                Cancellation.NEVER);
    }
}
