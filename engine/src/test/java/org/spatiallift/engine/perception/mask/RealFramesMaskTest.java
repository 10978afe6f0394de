package org.spatiallift.engine.perception.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.DetectionException;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * GrabCut + depth masks of the real detector's boxes on the real frames of ../shared/data/rgbd: both TUM chairs and
 * at least three bottles, the Redwood armchair in every frame; each mask in one depth layer (95 % of its pixels
 * with depth within 0.4 m of their median depth: no wall or floor).
 */
class RealFramesMaskTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealFramesMaskTest.class);
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
    void tumMasksHoldBothChairsAndThreeBottlesEachInOneDepthLayer() throws InputException, DetectionException {
        ObjectMasks masks = masks("other_formats/TUM_color.png", "other_formats/TUM_depth.png", DepthFormat.TUM, 4.0);

        assertThat(kept(masks, "chair")).as("%s", masks.reports()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(kept(masks, "bottle")).as("%s", masks.reports()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(kept(masks, "chair")).anySatisfy(r -> assertThat(r.detection().box().centerX()).isLessThan(250));
        assertThat(kept(masks, "chair")).anySatisfy(r -> assertThat(r.detection().box().centerX()).isGreaterThan(380));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "00001", "00002", "00003", "00004"})
    void redwoodMaskHoldsTheChairInOneDepthLayer(String frame) throws InputException, DetectionException {
        ObjectMasks masks = masks("color/" + frame + ".jpg", "depth/" + frame + ".png", DepthFormat.PNG16, 3.0);

        assertThat(kept(masks, "chair")).as("%s", masks.reports()).hasSize(1);
        MaskReport chair = kept(masks, "chair").get(0);
        // a good share of the armchair's box: seat, back and frame, not just a sliver
        double boxArea = chair.detection().box().width() * chair.detection().box().height();
        assertThat(chair.depthPixels()).as("chair mask pixels with depth").isGreaterThan((int) (0.25 * boxArea));
    }

    private static List<MaskReport> kept(ObjectMasks masks, String label) {
        return masks.reports().stream().filter(r -> r.kept() && r.detection().label().equals(label)).toList();
    }

    /** Runs detector and masks, and checks the one-layer rule on every kept mask. */
    private static ObjectMasks masks(String color, String depth, DepthFormat format, double cutM)
            throws InputException, DetectionException {
        Path root = SharedData.rgbd();
        LoadedInput loaded = RgbdLoader.load(new RgbdRequest(root.resolve(color), root.resolve(depth), format, null,
                new IntrinsicsSpec(525, 525, 319.5, 239.5), null, null, null));
        LiftInput in = loaded.input();
        LiftParameters parameters = LiftParameters.defaults().withDepthRange(0, cutM);
        LiftResult lift = new LiftPipeline().run(in, parameters, List.of(), ProgressListener.NONE, Cancellation.NEVER);
        List<Detection> detections = detector.detect(in.color()).detections();
        MaskInput maskInput = new MaskInput(in.color(), in.depth(), in.intrinsics(), lift.frame().supportPlaneCamera(),
                parameters.minDepthM(), parameters.maxDepthM());

        ObjectMasks masks = GrabCutMaskSource.defaults().masks(maskInput, detections);

        int[] ids = masks.labels().labels().ids();
        float[] z = in.depth().metres();
        for (MaskReport r : masks.reports()) {
            if (!r.kept()) {
                LOG.info("{} #{} {} {}: left out, {} ({} ms)", color, r.id(), r.detection().label(),
                        fmt(r.detection().score()), r.leftOutReason(), fmt(r.millis()));
                continue;
            }
            List<Float> depths = new ArrayList<>();
            for (int p = 0; p < ids.length; p++) {
                if (ids[p] == r.id() && z[p] > 0 && z[p] <= cutM) {
                    depths.add(z[p]);
                }
            }
            double[] sorted = depths.stream().mapToDouble(Float::doubleValue).sorted().toArray();
            double median = sorted[sorted.length / 2];
            double[] dev = Arrays.stream(sorted).map(d -> Math.abs(d - median)).sorted().toArray();
            double p95 = dev[(int) Math.floor(0.95 * (dev.length - 1))];
            long within = Arrays.stream(dev).filter(d -> d <= 0.4).count();
            LOG.info("{} #{} {} {}: {} px ({} with depth), median depth {} m, 95th percentile |z − median| {} m, "
                    + "{} % within 0.4 m, layer {}–{} m, {} ms", color, r.id(), r.detection().label(),
                    fmt(r.detection().score()), r.pixels(), r.depthPixels(), fmt(median), fmt(p95),
                    fmt(100.0 * within / dev.length), fmt(r.layer().nearM()), fmt(r.layer().farM()), fmt(r.millis()));
            assertThat((double) within / dev.length).as("share of %s #%d's mask within 0.4 m of its median depth %.2f m",
                    r.detection().label(), r.id(), median).isGreaterThanOrEqualTo(0.95);
        }
        return masks;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
