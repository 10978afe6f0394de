package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * Completion on the real TUM frame of ../shared/data/rgbd with the real detector and GrabCut masks: the yellow chair
 * (right of the desk), whose mask keeps only its backrest, gets its seat and base back.
 *
 * <p>The reference comes from the depth image alone, not from the lift's objects: every pixel of the chair's
 * detection box whose depth lies within 0.35 m of the chair's median mask depth, back-projected with the frame's
 * intrinsics and measured against the lift's floor plane; the chair's height is the spread of those heights above
 * the floor (2nd to 98th percentile, points more than 3 cm above it).
 */
class RealFramesCompletionTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealFramesCompletionTest.class);
    private static final IntrinsicsSpec PRIMESENSE = new IntrinsicsSpec(525, 525, 319.5, 239.5);
    private static Detector detector;

    @BeforeAll
    static void open() throws InputException {
        detector = Detector.open(TestModels.detector(), DetectorOptions.defaults());
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void tumYellowChairHeightIncludesItsSeatAndBase() throws InputException {
        Path root = SharedData.rgbd();
        LoadedInput loaded = RgbdLoader.load(new RgbdRequest(root.resolve("other_formats/TUM_color.png"),
                root.resolve("other_formats/TUM_depth.png"), DepthFormat.TUM, null, PRIMESENSE, null, null, null));
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(detector::detect,
                GrabCutMaskSource.defaults()));
        LiftResult lift = pipeline.run(loaded.input(), LiftParameters.defaults().withDepthRange(0, 4.0),
                loaded.warnings(), ProgressListener.NONE, Cancellation.NEVER);
        List<Detection> detections = lift.perception().detections().detections();
        SceneObject chair = lift.objects().stream()
                .filter(o -> o.name().equals("chair") && detections.get(o.id() - 1).box().centerX() > 380)
                .findFirst().orElseThrow(() -> new AssertionError("no chair right of the desk in " + lift.objects()));
        PixelBox box = detections.get(chair.id() - 1).box();

        double reference = referenceHeight(loaded.input().depth(), box, medianDepth(lift, chair),
                lift.frame().supportPlaneCamera());
        double height = chair.boxCanonical().extents().z();
        LOG.info("TUM yellow chair: height {} m (bottom {} m above the floor, {} points, {} added by completion), "
                + "reference from its box's depth {} m", fmt(height), fmt(chair.bottomAboveFloorM()), chair.pointCount(),
                chair.completeness().addedPoints(), fmt(reference));

        assertThat(reference).as("reference height, m (a chair with a seat and base)").isGreaterThan(0.6);
        assertThat(Math.abs(height - reference)).as("|height %.3f − reference %.3f|, m", height, reference)
                .isLessThanOrEqualTo(0.10);
        assertThat(chair.bottomAboveFloorM()).as("bottom above the floor, m").isLessThan(0.10);
    }

    /** Median camera depth of the object's points (m). */
    private static double medianDepth(LiftResult lift, SceneObject o) {
        double[] z = Arrays.stream(o.cloudIndices()).mapToDouble(i -> lift.cloudCamera().z(i)).sorted().toArray();
        return z[z.length / 2];
    }

    /** See the class comment. */
    private static double referenceHeight(DepthImage depth, PixelBox box, double medianZ, Plane floorCamera) {
        // The support plane's normal points down (away from the camera): height above it = -signed distance.
        double[] heights = new double[depth.width() * depth.height()];
        int n = 0;
        for (int v = (int) box.y0(); v < Math.min(depth.height(), (int) Math.ceil(box.y1())); v++) {
            for (int u = (int) box.x0(); u < Math.min(depth.width(), (int) Math.ceil(box.x1())); u++) {
                double z = depth.metres()[v * depth.width() + u];
                if (!(z > 0) || Math.abs(z - medianZ) > 0.35) {
                    continue;
                }
                Vec3 p = new Vec3((u - 319.5) * z / 525, (v - 239.5) * z / 525, z);
                double h = -floorCamera.signedDistance(p);
                if (h > 0.03) {
                    heights[n++] = h;
                }
            }
        }
        double[] sorted = Arrays.copyOf(heights, n);
        Arrays.sort(sorted);
        return sorted[(int) (0.98 * (n - 1))] - sorted[(int) (0.02 * (n - 1))];
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
