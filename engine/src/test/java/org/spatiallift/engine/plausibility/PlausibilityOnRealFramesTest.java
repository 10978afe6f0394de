package org.spatiallift.engine.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;
import org.spatiallift.engine.validate.ClassCompatibility;
import org.spatiallift.engine.validate.FrameReport;
import org.spatiallift.engine.validate.FrameValidation;
import org.spatiallift.engine.validate.GroundTruthFrame;
import org.spatiallift.engine.validate.GroundTruthReader;
import org.spatiallift.engine.validate.ObjectVerdict;
import org.spatiallift.engine.validate.Verdict;

/**
 * The class plausibility check in the lift with the real detector: on the annotated frames of ../shared/data/annotated
 * it must take wrong-class objects out of use and reject a correctly labelled object only when the truth says its
 * box is measured badly too; on the RGB-D frames of ../shared/data/rgbd it must not reject the plausible objects
 * (the TUM yellow chair, whose mask keeps only its backrest, included).
 */
class PlausibilityOnRealFramesTest {

    private static final IntrinsicsSpec PRIMESENSE = new IntrinsicsSpec(525, 525, 319.5, 239.5);
    private static Detector detector;
    private static LiftPipeline pipeline;

    @BeforeAll
    static void open() throws ModelException {
        detector = Detector.open(TestModels.detector(), DetectorOptions.defaults());
        pipeline = LiftPipeline.withDetection(new ObjectDetection(detector::detect, GrabCutMaskSource.defaults()));
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void onAnnotatedFramesRejectionsTakeWrongClassObjectsOutAndSpareWellMeasuredOnes() throws Exception {
        long wrongInUse = 0, wrongRejected = 0;
        List<String> badRejections = new ArrayList<>();
        for (Path f : GroundTruthReader.frames(SharedData.annotated())) {
            GroundTruthFrame gt = GroundTruthReader.read(f);
            LoadedInput in = RgbdLoader.load(gt.request(false));
            LiftResult lift = pipeline.run(in.input(), LiftParameters.defaults(), in.warnings(), ProgressListener.NONE,
                    Cancellation.NEVER);

            FrameReport r = FrameValidation.judge(gt, lift, ClassCompatibility.builtIn());

            wrongInUse += r.count(Verdict.WRONG_CLASS);
            wrongRejected += r.countRejected(Verdict.WRONG_CLASS);
            for (ObjectVerdict v : r.objects()) {
                if (v.rejected() && v.verdict() == Verdict.CORRECT && v.errors() != null) {
                    double h = v.errors().heightRatio(), l = v.errors().lengthRatio();
                    // a right label may be rejected only for a box the truth calls off by half or more
                    if (h > 0.5 && h < 2 && l > 0.5 && l < 2) {
                        badRejections.add(r.frame() + " " + v);
                    }
                }
            }
            assertThat(lift.objects().stream().filter(SceneObject::rejected))
                    .as("rejected objects stay in the lift with a reason").allSatisfy(o ->
                            assertThat(o.rejection()).contains(" m ").contains("of a"));
        }

        assertThat(wrongRejected).as("wrong-class objects rejected").isGreaterThanOrEqualTo(2);
        // measured 2026-12-02: 1 in use (the ScanNet kitchen bin called "toilet", whose size fits a toilet), 2 rejected
        assertThat(wrongInUse).as("wrong-class objects still in use").isLessThanOrEqualTo(1);
        assertThat(badRejections).as("correctly labelled objects with good boxes rejected").isEmpty();
    }

    @Test
    void onTheRgbdFramesNothingPlausibleIsRejected() throws Exception {
        record Frame(String color, String depth, DepthFormat format, double cutM) {
        }
        List<Frame> frames = new ArrayList<>(List.of(
                new Frame("other_formats/TUM_color.png", "other_formats/TUM_depth.png", DepthFormat.TUM, 4.0),
                new Frame("other_formats/SUN_color.jpg", "other_formats/SUN_depth.png", DepthFormat.SUN, 7.0)));
        for (int i = 0; i < 5; i++) {
            frames.add(new Frame("color/0000" + i + ".jpg", "depth/0000" + i + ".png", DepthFormat.PNG16, 3.0));
        }
        List<String> rejected = new ArrayList<>();
        int objects = 0;
        List<SceneObject> tumChairs = new ArrayList<>();
        for (Frame f : frames) {
            Path root = SharedData.rgbd();
            LoadedInput loaded = RgbdLoader.load(new RgbdRequest(root.resolve(f.color()), root.resolve(f.depth()),
                    f.format(), null, PRIMESENSE, null, null, null));
            LiftResult lift = pipeline.run(loaded.input(), LiftParameters.defaults().withDepthRange(0, f.cutM()),
                    loaded.warnings(), ProgressListener.NONE, Cancellation.NEVER);
            for (SceneObject o : lift.objects()) {
                objects++;
                if (o.rejected()) {
                    rejected.add(f.color() + ": " + o.name() + " " + o.rejection());
                }
                if (f.format() == DepthFormat.TUM && o.name().equals("chair")) {
                    tumChairs.add(o);
                }
            }
        }

        assertThat(objects).as("objects on the frames").isGreaterThanOrEqualTo(10);
        assertThat(rejected).isEmpty();
        assertThat(tumChairs).as("the TUM yellow and purple chairs, kept (the yellow one completed from its backrest, "
                + "the purple one cut by the border)").hasSizeGreaterThanOrEqualTo(2).noneMatch(SceneObject::rejected);
    }
}
