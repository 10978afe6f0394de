package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;

/** What answers say: values with units and intervals, ties and undecided cases, refusals, decompositions, summaries. */
class AnswerTest {

    private final QaScene room = GroundingTest.room();
    private final Asker asker = new Asker(room, AskOptions.of(room, 0.5), new TemplateIntentReader(), null);

    private static Intent category(String name, double threshold, Units units, String... mentions) {
        return new Intent("?", IntentKind.CATEGORY, name, List.of(mentions), threshold, units, 1);
    }

    private Answer ask(Intent i) {
        return asker.ask(i, new Conversation());
    }

    @Test
    void aLengthHasItsValueInMetresAnIntervalAroundItAndHowItWasMeasured() {
        Answer a = ask(category("centre_distance", Double.NaN, null, "the red chair", "the blue chair"));
        double expected = room.geometry().centreDistance(0, 1);
        assertThat(a.value()).isEqualTo(expected);
        assertThat(a.unit()).isEqualTo("m");
        assertThat(a.interval().contains(expected)).isTrue();
        assertThat(a.interval().width()).isBetween(0.005, 0.3);
        assertThat(a.answer()).contains("3 meters").contains("Likely range: ");
        assertThat(a.howMeasured()).contains("box centres").contains("gravity-aligned frame").contains("depth noise ±")
                .contains("(sensor)").contains("gravity ±0.5°");
    }

    @Test
    void unitsAsAskedInTheTextValuesStayInMetres() {
        Answer a = ask(category("height", Double.NaN, Units.IMPERIAL, "the floor lamp"));
        assertThat(a.value()).isEqualTo(1.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.answer()).contains("5 feet").contains(" ft").doesNotContain("meter");
        Answer both = ask(category("height", Double.NaN, Units.BOTH, "the floor lamp"));
        assertThat(both.answer()).contains("1.6 meters (5 feet)");
    }

    @Test
    void nearTiesAreSaidToBeTiesNotGuessed() {
        Answer a = ask(category("taller", Double.NaN, null, "the red chair", "the blue chair"));
        assertThat(a.shortAnswer()).isEqualTo("no");
        assertThat(a.answer()).startsWith("No, they are about the same height (they differ by 1 centimeter");
        Answer choice = ask(category("choose_taller", Double.NaN, null, "the red chair", "the blue chair"));
        assertThat(choice.shortAnswer()).isEqualTo("about the same");
        Answer above = ask(category("above", Double.NaN, null, "the red chair", "the blue chair"));
        assertThat(above.shortAnswer()).isNull();
        assertThat(above.answer()).startsWith("Neither is clearly above the other");
    }

    @Test
    void aTruncatedObjectsSizeIsNotStatedButItsPlaceIs() {
        Answer h = ask(category("height", Double.NaN, null, "the tv"));
        assertThat(h.value()).isNull();
        assertThat(h.answer()).contains("cut by the image border or partly hidden");
        Answer d = ask(category("distance_from_camera", Double.NaN, null, "the tv"));
        assertThat(d.value()).isPositive();
    }

    @Test
    void gravityQuestionsNeedAGravityAlignedFrame() {
        QaScene tilted = QaScene.ofObjects("tilted", room.objects(), false, 1.5, SceneSource.SYNTHETIC);
        Asker a = new Asker(tilted, AskOptions.of(tilted, Double.NaN), new TemplateIntentReader(), null);
        Answer h = a.ask(category("height", Double.NaN, null, "the couch"), new Conversation());
        assertThat(h.value()).isNull();
        assertThat(h.answer()).startsWith("No floor or table top was found");
        assertThat(a.ask(category("width", Double.NaN, null, "the couch"), new Conversation()).value()).isEqualTo(2.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void multiObjectQuestionsShowTheirStepsThenTheConclusion() {
        Answer a = ask(category("closest_to", Double.NaN, null, "the couch", "the red chair", "the floor lamp",
                "the cup"));
        assertThat(a.steps()).hasSize(3);
        assertThat(a.steps()).allSatisfy(s -> assertThat(s.unit()).isEqualTo("m"));
        assertThat(a.steps().get(0).question()).isEqualTo("How far is the red chair from the couch?");
        assertThat(a.shortAnswer()).isEqualTo("the cup"); // 1.6 m from the couch's centre; the chair 2.5 m, the lamp 2.6 m
        Answer order = ask(category("order_by_height", Double.NaN, null, "the couch", "the floor lamp", "the cup"));
        assertThat(order.shortAnswer()).isEqualTo("the floor lamp, the couch and the cup");
        assertThat(order.steps()).extracting(AnswerStep::value).usingElementComparator(
                (x, y) -> Math.abs(x - y) < 1e-9 ? 0 : Double.compare(x, y)).containsExactly(0.85, 1.6, 0.1);
    }

    @Test
    void withinIsDecomposedIntoOneDistancePerObject() {
        Answer a = asker.ask("Which objects are within 1 meter of the dining table?", new Conversation());
        assertThat(a.intent()).isEqualTo("within");
        assertThat(a.steps()).hasSize(5); // every other whole object; the TV is cut by the border
        // closest points: the blue chair 35 cm, the couch 65 cm, the cup on it 0; the red chair 95 cm, within the margin
        assertThat(a.answer()).startsWith("Within 1 meter of the dining table: the blue chair, the couch and the cup.")
                .contains("Too close to 1 meter to call: the red chair.").contains("Not checked (cut by the image border or partly hidden): the tv");
        assertThat(a.unit()).isEqualTo("count");
        assertThat(a.value()).isEqualTo(a.shortAnswer().split(" and |, ").length);
        assertThat(a.interval().contains(a.value())).isTrue();
        assertThat(a.interval().hi()).isEqualTo(4); // the red chair, 95 cm away, may be within 1 m too
        assertThat(a.answer()).endsWith("Likely count: 3–4.");
        Answer none = asker.ask("Which objects are within 2 feet of the floor lamp?", new Conversation());
        assertThat(none.answer()).startsWith("Nothing I measured is within 24 inches of the floor lamp");
    }

    @Test
    void aSummaryListsEveryObjectWithPositionSizeAndFrame() {
        Answer a = asker.ask("What is in this scene?", new Conversation());
        assertThat(a.intent()).isEqualTo("summary");
        assertThat(a.objects()).hasSize(7);
        assertThat(a.answer()).contains("gravity-aligned frame").contains("- the couch: at 0.00, 4.00, 0.43 m, "
                + "2.00 × 0.90 × 0.85 m").contains("the tv: at").contains("the size is of the part in view");
    }

    @Test
    void questionsGeometryCannotAnswerSayWhatCanBeAsked() {
        Answer a = asker.ask("Who owns the chair?", new Conversation());
        assertThat(a.intent()).isNull();
        assertThat(a.value()).isNull();
        assertThat(a.answer()).startsWith("I can't measure that.").contains("distances").contains("I see: the red chair");
    }

    @Test
    void nearWithoutADistanceGivesTheDistance() {
        Answer a = ask(category("near", Double.NaN, null, "the cup", "the dining table"));
        assertThat(a.intent()).isEqualTo("surface_distance");
        assertThat(a.answer()).contains("Give a distance");
    }
}
