package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.mask.GrabCutMaskSource;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * The text of generated QA over many seeds: no description states what its question asks (a leak, "the leftmost
 * chair" in a left/right question), and no QA names one object twice (compared with itself). Counted by
 * {@link QaTextAudit} over the built-in scene, random scenes of look-alike objects, and the real frames of
 * ../shared/data/rgbd with objects from the real detector.
 */
class QaTextTruthTest {

    private static final Logger LOG = LoggerFactory.getLogger(QaTextTruthTest.class);
    private static final IntrinsicsSpec PRIMESENSE = new IntrinsicsSpec(525, 525, 319.5, 239.5);

    private static List<QaSettings> settings() {
        QaSettings base = QaSettings.defaults().withPerImage(300).withChainOfThought(true);
        return List.of(base.withSeed(1), base.withSeed(2), base.withSeed(3).withUnits(Units.IMPERIAL));
    }

    @Test
    void builtInSceneQaNeitherLeakNorCompareAnObjectWithItself() {
        SampleScene s = SampleScenes.builtIn();
        LiftResult lift = new LiftPipeline().run(new LiftInput(s.color(), s.depth(), s.intrinsics(),
                new ObjectLabels(s.labels(), s.names()), null, null), LiftParameters.defaults(), List.of(),
                ProgressListener.NONE, Cancellation.NEVER);
        QaTextAudit audit = new QaTextAudit();
        for (QaSettings settings : settings()) {
            audit.checkAll(QaGenerator.standard(settings).generate(QaScene.of("builtin", lift, settings.margins(),
                    SceneSource.SYNTHETIC)));
        }
        LOG.info("built-in scene: {}", audit.summary());
        assertThat(audit.qa).isGreaterThan(300);
        assertThat(audit.leaks).as(audit.summary()).isEmpty();
        assertThat(audit.selfComparisons).as(audit.summary()).isEmpty();
    }

    @Test
    void realFramesQaFromTheDetectorNeitherLeakNorCompareAnObjectWithItself() throws InputException {
        record Frame(String color, String depth, DepthFormat format, double cutM) {
        }
        List<Frame> frames = new ArrayList<>(List.of(
                new Frame("other_formats/TUM_color.png", "other_formats/TUM_depth.png", DepthFormat.TUM, 4.0),
                new Frame("other_formats/NYU_color.ppm", "other_formats/NYU_depth.pgm", DepthFormat.NYU_RAW, 7.0),
                new Frame("other_formats/SUN_color.jpg", "other_formats/SUN_depth.png", DepthFormat.SUN, 7.0)));
        for (int i = 0; i < 5; i++) {
            frames.add(new Frame("color/0000" + i + ".jpg", "depth/0000" + i + ".png", DepthFormat.PNG16, 3.0));
        }
        Path root = SharedData.rgbd();
        QaTextAudit audit = new QaTextAudit();
        try (Detector detector = Detector.open(TestModels.detector(), DetectorOptions.defaults())) {
            LiftPipeline pipeline = LiftPipeline.withDetection(new ObjectDetection(detector::detect,
                    GrabCutMaskSource.defaults()));
            for (Frame f : frames) {
                LoadedInput loaded = RgbdLoader.load(new RgbdRequest(root.resolve(f.color()), root.resolve(f.depth()),
                        f.format(), null, PRIMESENSE, null, null, null));
                LiftResult lift = pipeline.run(loaded.input(), LiftParameters.defaults().withDepthRange(0, f.cutM()),
                        loaded.warnings(), ProgressListener.NONE, Cancellation.NEVER);
                for (QaSettings settings : settings()) {
                    audit.checkAll(QaGenerator.standard(settings).generate(QaScene.of(f.color(), lift,
                            settings.margins(), SceneSource.SYNTHETIC)));
                }
            }
        }
        LOG.info("real frames, detector: {}", audit.summary());
        assertThat(audit.qa).isGreaterThan(300);
        assertThat(audit.leaks).as(audit.summary()).isEmpty();
        assertThat(audit.selfComparisons).as(audit.summary()).isEmpty();
    }

    @Test
    void lookAlikeObjectsOverManySeedsNeitherLeakNorCompareAnObjectWithItself() {
        SplittableRandom rng = new SplittableRandom(7);
        QaTextAudit audit = new QaTextAudit();
        for (int scene = 0; scene < 40; scene++) {
            List<org.spatiallift.engine.scene.SceneObject> objects = LookAlikes.objects(rng, 3 + rng.nextInt(6));
            QaScene qa = QaScene.of("lookalike" + scene, objects, LookAlikes.FRAME,
                    new UniqueNameDescriber(Margins.defaults()), SceneSource.SYNTHETIC);
            for (long seed = 0; seed < 5; seed++) {
                audit.checkAll(QaGenerator.standard(QaSettings.defaults().withPerImage(60).withChainOfThought(true))
                        .generate(qa, seed));
            }
        }
        LOG.info("look-alike scenes: {}", audit.summary());
        assertThat(audit.qa).isGreaterThan(900);
        assertThat(audit.leaks).as(audit.summary()).isEmpty();
        assertThat(audit.selfComparisons).as(audit.summary()).isEmpty();
    }
}
