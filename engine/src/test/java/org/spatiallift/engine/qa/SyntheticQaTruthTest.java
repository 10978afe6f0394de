package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.TruthCheck;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.sample.SceneRenderer;
import org.spatiallift.engine.sample.SceneSpec;
import org.spatiallift.engine.sample.TruthObject;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/**
 * QA from lifted synthetic scenes against the exact ground truth. Each scene is rendered with exact depth, lifted
 * through {@link LiftPipeline} with its label map, and QA are generated from the measured boxes; every answer is
 * then recomputed from the generator's truth boxes ({@link TruthCheck}). Bars: every qualitative answer the same,
 * every length and ratio within 2 % of the truth, clock hours and counts equal. The exception is the distance
 * between two boxes' facing sides (gap, surface_distance): it adds two measured edges, each of which lies a few
 * millimetres inside the true edge (boxes come from the visible points), so its bar is 2 % or 1 cm, whichever is
 * larger (a 25 cm gap measured 26.3 cm, seed 101, is 3 %).
 * Random scenes: every object stands unoccluded inside the image (visible fraction &gt; 0.99), camera pitch 25–40°
 * down so that top faces, from which depths along the view are measured, are sampled densely.
 * The built-in room (1280x960) adds stacked objects (a mug on the table) for above/below/on_top_of/elevation; some of
 * its objects are cut by the image border or occluded, so only its qualitative answers and elevations are checked,
 * on the objects whose measured box is within 3 cm of the truth (a 9 cm mug cannot be measured to 2 % of its width).
 */
class SyntheticQaTruthTest {

    private static final double RELATIVE = 0.02;
    private static final double TWO_EDGES_M = 0.01;
    private static final QaSettings SETTINGS = QaSettings.defaults().withPerImage(400).withChainOfThought(true);
    private static final Map<String, Integer> CHECKED = new TreeMap<>();

    static Stream<Arguments> scenes() {
        return Stream.of(Arguments.of(101L, 25.0, 0.0), Arguments.of(102L, 30.0, 8.0), Arguments.of(103L, 35.0, -8.0),
                Arguments.of(104L, 40.0, 5.0), Arguments.of(105L, 28.0, -3.0), Arguments.of(106L, 33.0, 10.0),
                Arguments.of(107L, 38.0, -10.0), Arguments.of(108L, 26.0, 4.0));
    }

    @BeforeAll
    static void reset() {
        CHECKED.clear();
    }

    @ParameterizedTest(name = "seed {0}, pitch {1}°, roll {2}°")
    @MethodSource("scenes")
    void everyAnswerAgreesWithTheTruthOnRandomScene(long seed, double pitchDeg, double rollDeg) {
        SampleScene sample = SampleScenes.random(seed, pitchDeg, rollDeg);
        LiftResult lift = lift(sample);
        QaScene measured = QaScene.of("random-" + seed, lift, SETTINGS.margins(), SceneSource.SYNTHETIC)
                .withObjectsDeclaredComplete(true); // the label map names every object of the synthetic room
        assertThat(measured.objects()).hasSize(sample.truth().objects().size());

        QaBatch batch = QaGenerator.standard(SETTINGS).generate(measured);

        checkAll(batch, truthScene(measured, sample), c -> true);
    }

    @Test
    void qualitativeAnswersAgreeWithTheTruthOnBuiltInRoom() {
        SceneSpec spec = SampleScenes.builtInSpec();
        SampleScene sample = new SceneRenderer().render(
                new SceneSpec(spec.room(), spec.camera().withImageSize(1280, 960), spec.objects()));
        LiftResult lift = lift(sample);
        Map<Integer, TruthObject> truth = sample.truth().objects().stream()
                .collect(Collectors.toMap(TruthObject::id, Function.identity()));
        List<SceneObject> measurable = lift.objects().stream().filter(o -> within3cm(o, truth.get(o.id()))).toList();
        assertThat(measurable).extracting(SceneObject::name).contains("mug", "table");
        QaScene measured = QaScene.of("builtin", measurable, lift.frame(), new UniqueNameDescriber(SETTINGS.margins()),
                SceneSource.SYNTHETIC);

        QaBatch batch = QaGenerator.standard(SETTINGS.withPerImage(600)).generate(measured);

        checkAll(batch, truthScene(measured, sample), c -> c.equals("elevation"));
        assertThat(batch.pairs()).extracting(QaPair::category).contains("on_top_of", "above", "below", "elevation");
    }

    /** After all scenes: every category was generated and checked at least once. */
    @org.junit.jupiter.api.AfterAll
    static void everyCategoryWasCheckedSomewhere() {
        if (CHECKED.isEmpty()) {
            return; // a single test was run
        }
        List<String> missing = Categories.all().stream().map(Category::name).filter(n -> !CHECKED.containsKey(n))
                .toList();
        assertThat(missing).as("categories never generated on the synthetic scenes (checked: %s)", CHECKED).isEmpty();
    }

    private static void checkAll(QaBatch batch, QaScene truth, java.util.function.Predicate<String> quantities) {
        Margins half = TruthCheck.halved(SETTINGS.margins());
        List<String> wrong = new ArrayList<>();
        for (QaPair qa : batch.pairs()) {
            if (qa.unit() != null && !quantities.test(qa.category())) {
                continue;
            }
            TruthCheck.Truth t = TruthCheck.recompute(qa, truth, half);
            String what = qa.category() + " " + qa.question() + " -> " + qa.answer();
            if (!t.decided()) {
                wrong.add(what + ": undecided on the truth");
            } else if (qa.unit() == null) {
                if (!t.shortAnswer().equals(qa.shortAnswer())) {
                    wrong.add(what + ": truth says " + t.shortAnswer());
                }
            } else if (TruthCheck.relative(qa)) {
                double err = Math.abs(qa.value() - t.value()) / t.value();
                boolean twoEdges = qa.category().equals("gap") || qa.category().equals("surface_distance");
                if (!(err <= RELATIVE) && !(twoEdges && Math.abs(qa.value() - t.value()) <= TWO_EDGES_M)) {
                    wrong.add(what + ": value " + qa.value() + " " + qa.unit() + ", truth " + t.value() + " ("
                            + Math.round(err * 1000) / 10.0 + " %)");
                }
            } else if (qa.value().doubleValue() != t.value()) {
                wrong.add(what + ": value " + qa.value() + ", truth " + t.value());
            }
            CHECKED.merge(qa.category(), 1, Integer::sum);
        }
        assertThat(wrong).as("QA that disagree with the ground truth (of %d)", batch.pairs().size()).isEmpty();
    }

    private static LiftResult lift(SampleScene s) {
        LiftInput input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()),
                null, null);
        return new LiftPipeline().run(input, LiftParameters.defaults(), List.of(), ProgressListener.NONE,
                Cancellation.NEVER);
    }

    /** The truth boxes of the objects of {@code measured}, with the same ids and descriptions. */
    private static QaScene truthScene(QaScene measured, SampleScene sample) {
        Map<Integer, TruthObject> truth = sample.truth().objects().stream()
                .collect(Collectors.toMap(TruthObject::id, Function.identity()));
        List<QaObject> objects = measured.objects().stream().map(o -> {
            TruthObject t = truth.get(o.id());
            return new QaObject(o.id(), o.name(), o.description(), t.boxCanonical(),
                    new OrientedBox(t.boxCanonical().center(), t.dims(), t.yawDeg()));
        }).toList();
        return QaScene.ofObjects(measured.key(), objects, true, sample.truth().cameraHeightM(), SceneSource.SYNTHETIC);
    }

    private static boolean within3cm(SceneObject o, TruthObject t) {
        var a = o.boxCanonical();
        var b = t.boxCanonical();
        return a.min().minus(b.min()).norm() < 0.03 && a.max().minus(b.max()).norm() < 0.03;
    }
}
