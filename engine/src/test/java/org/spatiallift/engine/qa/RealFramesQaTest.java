package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * QA on the real frames of ../shared/data/rgbd (sensor depth, PrimeSense intrinsics, the README's depth cuts) with
 * objects from the real detector: on every frame each QA is checked against the lift's own objects by
 * {@link DefinitionCheck} (the written definitions, not the category code), with metric and imperial wording and
 * chain of thought; together the frames must give QA in at least ten categories. Each QA with a wrong answer swapped
 * in must be caught by the same check, so that it is known to look. Frames where fewer than two
 * objects can be told apart (the Redwood living room holds one armchair) give no QA, which is also checked.
 */
class RealFramesQaTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealFramesQaTest.class);
    private static final IntrinsicsSpec PRIMESENSE = new IntrinsicsSpec(525, 525, 319.5, 239.5);
    private static final Map<String, Integer> PER_CATEGORY = new TreeMap<>();
    private static Detector detector;
    private static LiftPipeline pipeline;
    private static SceneSource source;

    @BeforeAll
    static void open() throws InputException {
        detector = Detector.open(TestModels.detector(), DetectorOptions.defaults());
        pipeline = LiftPipeline.withDetection(new ObjectDetection(detector::detect, GrabCutMaskSource.defaults()));
        source = new SceneSource("detector", List.of(new ModelRef(detector.provenance().modelId(), "detector",
                detector.provenance().onnxSha256())));
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void everyAnswerOnTheRealFramesAgreesWithTheLiftedGeometry() throws InputException {
        record Frame(String color, String depth, DepthFormat format, double cutM) {
        }
        List<Frame> frames = new ArrayList<>(List.of(
                new Frame("other_formats/TUM_color.png", "other_formats/TUM_depth.png", DepthFormat.TUM, 4.0),
                new Frame("other_formats/NYU_color.ppm", "other_formats/NYU_depth.pgm", DepthFormat.NYU_RAW, 7.0),
                new Frame("other_formats/SUN_color.jpg", "other_formats/SUN_depth.png", DepthFormat.SUN, 7.0)));
        for (int i = 0; i < 5; i++) {
            frames.add(new Frame("color/0000" + i + ".jpg", "depth/0000" + i + ".png", DepthFormat.PNG16, 3.0));
        }
        List<String> withQa = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Frame f : frames) {
            LiftResult lift = lift(f.color(), f.depth(), f.format(), f.cutM());
            List<String> expressions = lift.objects().stream().filter(o -> !o.description().ambiguous())
                    .map(o -> o.description().referringExpression()).toList();
            assertThat(expressions).as("referring expressions on %s", f.color()).doesNotHaveDuplicates();
            int before = checked;
            for (QaSettings settings : settings()) {
                QaScene scene = QaScene.of(f.color(), lift, settings.margins(), source);
                QaBatch batch = QaGenerator.standard(settings).generate(scene);
                if (scene.objects().size() < 2) {
                    assertThat(batch.skipped()).as("%s has %d usable objects", f.color(), scene.objects().size()).isTrue();
                    continue;
                }
                DefinitionCheck check = new DefinitionCheck(lift, settings.margins());
                for (QaPair qa : batch.pairs()) {
                    check.problems(qa).forEach(p -> wrong.add(f.color() + " [" + qa.category() + "] " + qa.question()
                            + " -> " + qa.answer() + ": " + p));
                    QaPair tampered = tampered(qa);
                    assertThat(check.problems(tampered)).as("the check catches %s answered %s (value %s)",
                            qa.question(), tampered.shortAnswer(), tampered.value()).isNotEmpty();
                    assertThat(qa.provenance().source().models()).as("provenance of %s", qa.id())
                            .singleElement().satisfies(m -> {
                                assertThat(m.id()).isEqualTo("centernet-mobilenetv3-coco");
                                assertThat(m.sha256()).matches("[0-9a-f]{64}");
                            });
                    PER_CATEGORY.merge(qa.category(), 1, Integer::sum);
                    checked++;
                }
            }
            if (checked > before) {
                withQa.add(f.color());
            }
            LOG.info("{}: {} objects ({}), {} QA checked", f.color(), lift.objects().size(),
                    lift.objects().stream().map(SceneObject::name).toList(), checked - before);
        }
        LOG.info("QA checked per category: {}", PER_CATEGORY);

        assertThat(wrong).as("QA that disagree with the lift's geometry (of %d)", checked).isEmpty();
        assertThat(withQa).as("frames with QA").contains("other_formats/TUM_color.png");
        assertThat(PER_CATEGORY.size()).as("categories checked: %s", PER_CATEGORY).isGreaterThanOrEqualTo(10);
    }

    /**
     * {@code qa} with a wrong answer: yes and no swapped, the other object chosen, the order reversed, or the value
     * off by a centimetre (by one for hours and counts). The check must catch each.
     */
    private static QaPair tampered(QaPair qa) {
        String shortAnswer = qa.shortAnswer();
        Double value = qa.value();
        List<String> names = qa.objects().stream().map(QaObject::description).toList();
        if (value != null) {
            value = value + (qa.unit().equals("m") || qa.unit().equals("ratio") ? 0.01 : 1);
        } else if (shortAnswer.equals("yes") || shortAnswer.equals("no")) {
            shortAnswer = shortAnswer.equals("yes") ? "no" : "yes";
        } else if (qa.category().startsWith("order_by_")) {
            List<String> reversed = new ArrayList<>(names);
            java.util.Collections.reverse(reversed);
            String forward = String.join(", ", names.subList(0, 2)) + " and " + names.get(2);
            String backward = String.join(", ", reversed.subList(0, 2)) + " and " + reversed.get(2);
            shortAnswer = shortAnswer.equals(forward) ? backward : forward;
        } else {
            String chosen = shortAnswer;
            shortAnswer = names.subList(qa.category().equals("closest_to") ? 1 : 0, names.size()).stream()
                    .filter(n -> !n.equals(chosen)).findFirst().orElseThrow();
        }
        return new QaPair(qa.id(), qa.category(), qa.kind(), qa.question(), qa.answer(), shortAnswer, value,
                qa.statedValue(), qa.unit(), qa.objects(), qa.reasoning(), qa.provenance());
    }

    /** Metric and imperial, with chain of thought, several seeds: many QA per frame. */
    private static List<QaSettings> settings() {
        QaSettings base = QaSettings.defaults().withPerImage(200).withChainOfThought(true);
        return List.of(base.withSeed(1), base.withSeed(2), base.withSeed(3).withUnits(Units.IMPERIAL));
    }

    private static LiftResult lift(String color, String depth, DepthFormat format, double cutM) throws InputException {
        Path root = SharedData.rgbd();
        LoadedInput loaded = RgbdLoader.load(new RgbdRequest(root.resolve(color), root.resolve(depth), format, null,
                PRIMESENSE, null, null, null));
        return pipeline.run(loaded.input(), LiftParameters.defaults().withDepthRange(0, cutM), loaded.warnings(),
                ProgressListener.NONE, Cancellation.NEVER);
    }
}
