package org.spatiallift.engine.ask.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * A series on the five consecutive Redwood living-room frames of ../shared/data/rgbd (rendered 16-bit depth in mm,
 * PrimeSense intrinsics, the README's 3 m cut), objects from the real detector (no label maps ship with these frames).
 * The detector finds one object there, the armchair (as {@code RealFramesQaTest} notes), so the two-object distance
 * runs on a rendered sequence with known truth ({@code SyntheticSequenceSeriesTest}); here the armchair is tracked
 * through all five frames and measured two ways: its distance from the moving camera (the eye-in-hand form of the
 * dense reward) and its height, which must hold still because the chair does.
 */
class RedwoodSeriesTest {

    private static final Logger LOG = LoggerFactory.getLogger(RedwoodSeriesTest.class);
    private static final IntrinsicsSpec PRIMESENSE = new IntrinsicsSpec(525, 525, 319.5, 239.5);
    private static Detector detector;
    private static final List<LiftedFrame> FRAMES = new ArrayList<>();

    @BeforeAll
    static void lift() throws InputException {
        Path root = SharedData.rgbd();
        detector = Detector.open(TestModels.detector(), DetectorOptions.defaults());
        LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(detector::detect,
                GrabCutMaskSource.defaults()));
        SceneSource source = new SceneSource("detector", List.of(new ModelRef(detector.provenance().modelId(),
                "detector", detector.provenance().onnxSha256())));
        FrameLifter lifter = new FrameLifter(pipeline, encoding -> LiftParameters.defaults().withDepthRange(0, 3.0),
                Margins.defaults(), source, false);
        for (int i = 0; i < 5; i++) {
            String name = "color/0000" + i + ".jpg";
            FRAMES.add(lifter.lift(new FrameInput(name, new RgbdRequest(root.resolve(name),
                    root.resolve("depth/0000" + i + ".png"), DepthFormat.PNG16, null, PRIMESENSE, null, null, null)),
                    ProgressListener.NONE, Cancellation.NEVER));
        }
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void theArmchairIsTrackedThroughAllFiveFramesAndItsDistanceFromTheCameraIsSmooth(@TempDir Path dir)
            throws Exception {
        Series s = QuestionSeries.of("How far is the armchair from the camera?", FRAMES,
                new CategoryMeasure("distance_from_camera", Margins.defaults()), chair(), TrackingLimits.defaults());
        LOG.info("distance from the camera: {}", s.points());

        assertThat(s.measuredCount()).as("frames measured: %s", s.points()).isEqualTo(5);
        assertIdsConsistent(s);
        // Consecutive frames of a 30 Hz video: the chair's camera-frame box centre moves 1.0-2.1 cm per frame here
        // (camera motion plus the jitter of a box from a detector mask), and the distance changed by at most 1.5 cm
        // (0.9 %) when this was written (1.602, 1.609, 1.605, 1.620, 1.623 m). 2 % of the ~1.6 m distance (3.2 cm)
        // allows that with room; a switch to any other object in view (metres away) would break it.
        for (int k = 1; k < 5; k++) {
            double before = s.points().get(k - 1).value(), now = s.points().get(k).value();
            assertThat(Math.abs(now - before)).as("change from frame %d to %d (%.4f -> %.4f m)", k - 1, k, before, now)
                    .isLessThan(0.02 * before);
        }
        assertThat(s.points().get(0).value()).as("the chair is 1.5-1.7 m away").isBetween(1.5, 1.7);

        SeriesCsv.write(s, dir.resolve("series.csv"));
        SeriesJson.write(s, dir.resolve("series.json"));
        SeriesSvg.write(s, dir.resolve("series.svg"));
        SeriesPng.write(s, dir.resolve("series.png"));
        assertThat(SeriesCsv.parse(Files.readString(dir.resolve("series.csv")))).isEqualTo(s.points());
        assertThat(Files.size(dir.resolve("series.png"))).isPositive();
    }

    @Test
    void theArmchairsHeightHoldsStillWhileTheCameraMoves() {
        Series s = QuestionSeries.of("How tall is the armchair?", FRAMES,
                new CategoryMeasure("height", Margins.defaults()), chair(), TrackingLimits.defaults());
        LOG.info("height: {}", s.points());

        assertThat(s.measuredCount()).isEqualTo(5);
        assertIdsConsistent(s);
        double min = s.points().stream().mapToDouble(SeriesPoint::value).min().orElseThrow();
        double max = s.points().stream().mapToDouble(SeriesPoint::value).max().orElseThrow();
        // the chair stands still; each frame refits gravity (about 0.7° uncertainty here) and sees it a little
        // differently: 0.579, 0.575, 0.571, 0.564, 0.560 m were measured (1.9 cm, 3.4 %); 5 % (about 3 cm) is the bar
        assertThat(max - min).as("height spread over the five frames (%.4f-%.4f m)", min, max)
                .isLessThan(0.05 * max);
    }

    /** Each frame's tracked id names a chair in that frame, whose centre is within the jump of the previous one's. */
    private static void assertIdsConsistent(Series s) {
        TrackCandidate previous = null;
        for (int k = 0; k < 5; k++) {
            Integer id = s.points().get(k).objectIds().get(0);
            assertThat(id).as("frame %d", k).isNotNull();
            TrackCandidate c = FRAMES.get(k).candidates().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertThat(c.label()).isEqualTo("chair");
            if (previous != null) {
                assertThat(c.centreCamera().distanceTo(previous.centreCamera())).as("jump into frame %d", k)
                        .isLessThan(0.05);
            }
            previous = c;
        }
        assertThat(s.objects()).singleElement().satisfies(o -> assertThat(o.label()).isEqualTo("chair"));
    }

    private static ObjectChoice chair() {
        return scene -> new int[] {chairIndex(scene)};
    }

    private static int chairIndex(QaScene scene) {
        for (int i = 0; i < scene.objects().size(); i++) {
            if (scene.objects().get(i).name().equals("chair")) {
                return i;
            }
        }
        throw new AssertionError("the detector found no chair in the first frame: " + scene.objects());
    }
}
