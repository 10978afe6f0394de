package org.spatiallift.engine.ask.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.ask.Intent;
import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaStep;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.SwapRule;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * Every question the generator produces, read back: the same category, the mentions equal to the descriptions the
 * generator used in the category's order (A, B; the three objects; X then the listed objects; X alone for
 * count_left_of; in either order for symmetric categories), and for "near" the same threshold. A yes/no question
 * whose words are also the opposite relation's question with the objects swapped may read as that (the same question,
 * the same answer; counted and logged). Over the built-in sample scene (lifted) and 20 random scenes
 * ({@link RandomQaScenes}), metric and imperial wording, chain of thought on (each reasoning step's question must read
 * as its direct category too). All 46 categories must be exercised; the counts per category are logged.
 */
class QuestionReaderRoundTripTest {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionReaderRoundTripTest.class);
    private static final QaSettings SETTINGS = QaSettings.defaults().withPerImage(400).withChainOfThought(true);
    private static final Map<String, Integer> READ = new TreeMap<>();
    private static final Map<String, Integer> MIRRORED = new TreeMap<>();
    /** Yes/no relations whose question about (A, B) is the other's question about (B, A). */
    private static final Map<String, String> MIRROR = Map.ofEntries(Map.entry("left_of", "right_of"),
            Map.entry("right_of", "left_of"), Map.entry("above", "below"), Map.entry("below", "above"),
            Map.entry("in_front_of", "behind"), Map.entry("behind", "in_front_of"), Map.entry("wider", "thinner"),
            Map.entry("thinner", "wider"), Map.entry("taller", "shorter"), Map.entry("shorter", "taller"),
            Map.entry("bigger", "smaller"), Map.entry("smaller", "bigger"));
    private static QuestionReader reader;

    @BeforeAll
    static void open() {
        reader = QuestionReader.rules();
        READ.clear();
        MIRRORED.clear();
    }

    @AfterAll
    static void everyCategoryWasReadBack() {
        LOG.info("generated questions read back, per category: {}; read as their mirror (same question): {}", READ,
                MIRRORED);
        if (READ.size() < 10) {
            return; // a single test was run
        }
        List<String> missing = Categories.all().stream().map(Category::name).filter(n -> !READ.containsKey(n)).toList();
        assertThat(missing).as("categories never generated and read back (read: %s)", READ).isEmpty();
    }

    @Test
    void everyQuestionOfTheSampleSceneReadsBackAsGenerated() {
        SampleScene s = SampleScenes.builtIn();
        LiftResult lift = new LiftPipeline().run(new LiftInput(s.color(), s.depth(), s.intrinsics(),
                new ObjectLabels(s.labels(), s.names()), null, null), LiftParameters.defaults(), List.of(),
                ProgressListener.NONE, Cancellation.NEVER);
        QaScene scene = QaScene.of("builtin", lift, SETTINGS.margins(), SceneSource.SYNTHETIC)
                .withObjectsDeclaredComplete(true);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (QaSettings settings : List.of(SETTINGS.withSeed(1), SETTINGS.withSeed(2).withUnits(Units.IMPERIAL),
                SETTINGS.withSeed(3).withUnits(Units.BOTH))) {
            read += readBack(QaGenerator.standard(settings).generate(scene), wrong);
        }
        LOG.info("sample scene: {} questions read back, {} wrong", read, wrong.size());
        assertThat(read).isGreaterThan(300);
        assertThat(wrong).as("generated questions not read back as generated").isEmpty();
    }

    @Test
    void everyQuestionOfTwentyRandomScenesReadsBackAsGenerated() {
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (long seed = 1; seed <= 20; seed++) {
            QaScene scene = RandomQaScenes.scene(seed);
            QaSettings settings = SETTINGS.withSeed(seed).withUnits(seed % 3 == 0 ? Units.IMPERIAL : Units.METRIC);
            read += readBack(QaGenerator.standard(settings).generate(scene), wrong);
        }
        LOG.info("20 random scenes: {} questions read back, {} wrong", read, wrong.size());
        assertThat(read).isGreaterThan(2000);
        assertThat(wrong).as("generated questions not read back as generated").isEmpty();
    }

    /** Reads every question (and reasoning step) of {@code batch} back; adds what differs to {@code wrong}. */
    private static int readBack(QaBatch batch, List<String> wrong) {
        int n = 0;
        for (QaPair p : batch.pairs()) {
            Intent intent = reader.read(p.question());
            List<String> expected = expectedMentions(p);
            boolean threshold = p.thresholdM() == null ? Double.isNaN(intent.thresholdM())
                    : Math.abs(intent.thresholdM() - p.thresholdM()) < 1e-9;
            boolean same = intent.kind() == IntentKind.CATEGORY && p.category().equals(intent.category())
                    && sameMentions(p.category(), expected, intent.mentions());
            boolean mirrored = !same && mirrors(p.category(), expected, intent);
            if (mirrored) {
                MIRRORED.merge(p.category() + " read as " + intent.category(), 1, Integer::sum);
            }
            if (!(same || mirrored) || !threshold) {
                wrong.add("\"" + p.question() + "\" (" + p.category() + " " + expected + ", " + p.thresholdM()
                        + " m) read as " + intent.kind() + " " + intent.category() + " " + intent.mentions() + ", "
                        + intent.thresholdM() + " m");
            }
            READ.merge(p.category(), 1, Integer::sum);
            n++;
            for (QaStep step : p.reasoning()) {
                Intent s = reader.read(step.question());
                if (!step.category().equals(s.category())) {
                    wrong.add("step \"" + step.question() + "\" (" + step.category() + ") read as " + s.category());
                }
                n++;
            }
        }
        return n;
    }

    /**
     * True when the mentions are the same, in either order for a symmetric category: near's "Is {B} within
     * {threshold} of {A}?" and centre_distance's "How far away is {B} from {A}?" ask what their {A}-first templates
     * ask, so a question of theirs cannot say which object the generator called A, and need not.
     */
    private static boolean sameMentions(String category, List<String> expected, List<String> got) {
        if (expected.equals(got)) {
            return true;
        }
        return Categories.byName(category).swap() == SwapRule.SYMMETRIC
                && expected.stream().sorted().toList().equals(got.stream().sorted().toList());
    }

    /**
     * True when {@code intent} is the mirror of the generated question: the opposite yes/no relation with the two
     * objects swapped, which asks the same thing and has the same answer. in_front_of's "Would I reach {A} before {B}
     * walking straight into the scene?" is word for word behind's "Would I reach {B} before {A} …".
     */
    private static boolean mirrors(String category, List<String> expected, Intent intent) {
        String mirror = MIRROR.get(category);
        return mirror != null && mirror.equals(intent.category()) && expected.size() == 2
                && List.of(expected.get(1), expected.get(0)).equals(intent.mentions());
    }

    /** The descriptions a question names, in the category's order: count_left_of names X alone. */
    static List<String> expectedMentions(QaPair p) {
        List<String> all = p.objects().stream().map(QaObject::description).toList();
        return Categories.byName(p.category()).arity() == Arity.TARGET_AND_ALL ? all.subList(0, 1) : all;
    }
}
