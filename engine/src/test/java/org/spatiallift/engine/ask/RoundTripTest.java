package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;

/**
 * Every question generated for the sample room and 20 random rooms, asked back with its category and its objects'
 * descriptions, gets the same category, the same objects and the same value (quantities exactly; yes/no, the chosen
 * object and the order equal): 100 %. Then the same questions with no mentions, so that the question text is
 * scanned for its objects, which must find the same objects (at least 95 %); which object a question compares with
 * which ("Compared with B, is A wider?") is the question reader's to say, so the scan's answers are only counted.
 */
class RoundTripTest {

    private static final QaSettings SETTINGS = QaSettings.defaults().withPerImage(300).withChainOfThought(true);

    @Test
    void everyGeneratedQuestionAskedBackGivesTheSameAnswer() {
        List<QaScene> scenes = scenes();
        int asked = 0, scannedSame = 0, scannedObjects = 0;
        List<String> wrong = new ArrayList<>(), scanWrong = new ArrayList<>();
        java.util.Set<String> categories = new java.util.TreeSet<>();
        for (QaScene scene : scenes) {
            Asker asker = new Asker(scene, AskOptions.of(scene, Double.NaN), q -> Intent.unsupported(q), null);
            QaBatch batch = QaGenerator.standard(SETTINGS).generate(scene);
            for (QaPair p : batch.pairs()) {
                asked++;
                categories.add(p.category());
                List<String> mentions = p.objects().stream().map(QaObject::description).toList();
                Answer a = asker.ask(intent(p, mentions), new Conversation());
                String problem = compare(p, a, scene);
                if (problem != null) {
                    wrong.add(scene.key() + ": " + p.question() + " -> " + p.answer() + " | " + a.answer() + ": " + problem);
                }
                Answer scanned = asker.ask(intent(p, List.of()), new Conversation());
                if (new java.util.HashSet<>(scanned.objects()).equals(new java.util.HashSet<>(a.objects()))) {
                    scannedObjects++;
                }
                if (compare(p, scanned, scene) == null) {
                    scannedSame++;
                } else if (!new java.util.HashSet<>(scanned.objects()).equals(new java.util.HashSet<>(a.objects()))) {
                    scanWrong.add(p.question() + " | " + scanned.answer());
                }
            }
        }
        System.out.printf("round trip: %d questions of %d categories over %d scenes; asked back with mentions: %d wrong; "
                + "scanned from the text: the same objects %d of %d (%.1f %%), the same answer %d (%.1f %%)%n", asked,
                categories.size(), scenes.size(), wrong.size(), scannedObjects, asked, 100.0 * scannedObjects / asked,
                scannedSame, 100.0 * scannedSame / asked);
        scanWrong.stream().limit(15).forEach(s -> System.out.println("  scan: " + s));
        assertThat(asked).isGreaterThan(2000);
        assertThat(categories).hasSize(Categories.all().size());
        assertThat(wrong).as("questions whose answer differs from the generated QA").isEmpty();
        assertThat((double) scannedObjects / asked).isGreaterThanOrEqualTo(0.95);
    }

    static List<QaScene> scenes() {
        List<QaScene> scenes = new ArrayList<>();
        scenes.add(AskScenes.sample());
        LongStream.rangeClosed(1, 20).forEach(s -> scenes.add(AskScenes.synthetic(s)));
        return scenes;
    }

    private static Intent intent(QaPair p, List<String> mentions) {
        return new Intent(p.question(), IntentKind.CATEGORY, p.category(), mentions,
                p.thresholdM() == null ? Double.NaN : p.thresholdM(), null, 1);
    }

    /** Null when {@code a} answers {@code p} the same, else what differs. */
    static String compare(QaPair p, Answer a, QaScene scene) {
        if (!p.category().equals(a.intent())) {
            return "category " + a.intent();
        }
        List<Integer> expected = p.objects().stream().map(QaObject::id).toList();
        List<Integer> got = a.objects().stream().map(AnswerObject::id).toList();
        boolean all = Categories.byName(p.category()).arity() == Arity.TARGET_AND_ALL;
        if (all ? !(got.get(0).equals(expected.get(0)) && got.containsAll(expected) && got.size() == expected.size())
                : !got.equals(expected)) {
            return "objects " + got + ", expected " + expected;
        }
        if (p.value() != null) {
            return p.value().equals(a.value()) ? null : "value " + a.value() + ", expected " + p.value();
        }
        if (a.shortAnswer() == null) {
            return "no answer";
        }
        String expectedShort = canonicalNames(p.shortAnswer(), p, scene);
        return expectedShort.equals(a.shortAnswer()) ? null : "short answer " + a.shortAnswer() + ", expected "
                + expectedShort;
    }

    /** The QA's short answer with each object named by its scene description (QA may name one by an alternative). */
    private static String canonicalNames(String shortAnswer, QaPair p, QaScene scene) {
        String out = shortAnswer;
        for (QaObject o : p.objects()) {
            String primary = scene.objects().stream().filter(s -> s.id() == o.id()).findFirst().orElseThrow()
                    .description();
            out = out.replace(o.description(), "\u0000" + o.id() + "\u0000");
            out = out.replace("\u0000" + o.id() + "\u0000", primary);
        }
        return out;
    }
}
