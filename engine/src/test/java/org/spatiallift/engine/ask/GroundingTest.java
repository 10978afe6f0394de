package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.ask.ground.Grounder;
import org.spatiallift.engine.ask.ground.Grounding;
import org.spatiallift.engine.ask.ground.GroundingContext;
import org.spatiallift.engine.ask.ground.LabelSynonyms;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.UniqueNameDescriber;

/** Mentions to objects: descriptions, synonyms, colour, position and size words, ambiguity, unknown and left-out objects. */
class GroundingTest {

    /** A room: two chairs of the same size told apart by colour, a couch, a dining table with a cup, a floor lamp, a TV. */
    static QaScene room() {
        return QaScene.ofObjects("room", List.of(
                standing(1, "chair", "the red chair", -1.5, 2.0, 0, 0.5, 0.5, 0.9, true),
                standing(2, "chair", "the blue chair", 1.5, 2.2, 0, 0.5, 0.5, 0.9, true),
                standing(3, "couch", "the couch", 0, 4.0, 0, 2.0, 0.9, 0.85, true),
                standing(4, "cup", "the cup", 0.4, 2.5, 0.75, 0.09, 0.09, 0.1, true),
                standing(5, "dining table", "the dining table", 0.3, 2.5, 0, 1.2, 0.8, 0.75, true),
                standing(6, "floor lamp", "the floor lamp", -2.5, 4.5, 0, 0.4, 0.4, 1.6, true),
                standing(7, "tv", "the tv", 2.5, 5.0, 0.8, 1.0, 0.1, 0.6, false)), true, 1.5, SceneSource.SYNTHETIC);
    }

    static QaObject standing(int id, String name, String description, double x, double y, double z, double w, double d,
                             double h, boolean complete) {
        Box3 b = new Box3(new Vec3(x - w / 2, y - d / 2, z), new Vec3(x + w / 2, y + d / 2, z + h));
        return new QaObject(id, name, description, b, new OrientedBox(b.center(), b.extents(), 0), complete);
    }

    private final QaScene room = room();
    private final Grounder grounder = new Grounder(room, Margins.defaults(), LabelSynonyms.builtIn(), null);

    private Grounding ground(String phrase) {
        return grounder.ground(phrase, GroundingContext.NONE);
    }

    private int id(Grounding g) {
        assertThat(g.status()).as(g.message()).isEqualTo(Grounding.Status.FOUND);
        assertThat(g.objects()).hasSize(1);
        return room.objects().get(g.objects().get(0)).id();
    }

    @ParameterizedTest(name = "\"{0}\" is object {1}")
    @CsvSource(textBlock = """
            the red chair, 1
            The Blue Chair, 2
            the sofa, 3
            a settee, 3
            sofas, 3
            the mug, 4
            that coffee mug, 4
            the table, 5
            lamp, 6
            the television, 7
            the red one, 1
            the chair on the left, 1
            the right chair, 2
            the chair on the far right, 2
            the leftmost chair, 1
            the nearer chair, 1
            """)
    void namesSynonymsAndAttributesFindOneObject(String phrase, int expected) {
        assertThat(id(ground(phrase))).isEqualTo(expected);
    }

    @Test
    void aDescriptionThatFitsSeveralObjectsAsksWhichNeverGuesses() {
        Grounding chair = ground("the chair");
        assertThat(chair.status()).isEqualTo(Grounding.Status.AMBIGUOUS);
        assertThat(chair.candidates()).extracting(i -> room.objects().get(i).id()).containsExactlyInAnyOrder(1, 2);
        assertThat(chair.message()).isEqualTo("Which chair do you mean: the red chair or the blue chair?");
        Grounding big = ground("the big chair"); // both chairs are the same size: no guess
        assertThat(big.status()).isEqualTo(Grounding.Status.AMBIGUOUS);
        assertThat(big.candidates()).hasSize(2);
    }

    @Test
    void unknownObjectsAreNamedWithWhatIsSeen() {
        Grounding piano = ground("the piano");
        assertThat(piano.status()).isEqualTo(Grounding.Status.UNKNOWN);
        assertThat(piano.message()).startsWith("I see no piano; I see: the red chair, the blue chair, the couch")
                .contains("the tv");
        Grounding green = ground("the green chair");
        assertThat(green.status()).isEqualTo(Grounding.Status.UNKNOWN);
        assertThat(green.message()).isEqualTo("I see no green chair; I see: the red chair and the blue chair");
    }

    @Test
    void wordsBeforeTheNounThatAreNoLabelAreDroppedWithANote() {
        Grounding leather = ground("the leather sofa");
        assertThat(id(leather)).isEqualTo(3);
        assertThat(leather.note()).isEqualTo("I took \"leather sofa\" to mean the couch");
        assertThat(ground("the leather chair").status()).isEqualTo(Grounding.Status.AMBIGUOUS);
    }

    @Test
    void aColourNoDescriptionStatesIsNotCheckedAndSaysSo() {
        Grounding white = ground("the white couch");
        assertThat(id(white)).isEqualTo(3);
        assertThat(white.note()).contains("colours are not measured").contains("white");
    }

    @Test
    void objectsLeftOutOfQuestionsAreNamedWithTheReason() {
        QaScene twins = QaScene.of("twins", List.of(AskScenes.object(1, "cup", 0, 2, 0.7, 0.09, 0.09, 0.1),
                AskScenes.object(2, "cup", 0.01, 2.01, 0.7, 0.09, 0.09, 0.1),
                AskScenes.object(3, "table", 0, 2, 0, 1, 1, 0.7)), AskScenes.frame(),
                new UniqueNameDescriber(Margins.defaults()), SceneSource.SYNTHETIC);
        assertThat(twins.excluded()).hasSize(2);
        Grounder g = new Grounder(twins, Margins.defaults(), LabelSynonyms.builtIn(), null);
        Grounding mug = g.ground("the mug", GroundingContext.NONE);
        assertThat(mug.status()).isEqualTo(Grounding.Status.LEFT_OUT);
        assertThat(mug.message()).contains("the cup (object 1) is left out of questions: two objects are called \"cup\"");
        assertThat(g.ground("the lamp", GroundingContext.NONE).message()).contains("left out of questions: cup 1");
    }

    @Test
    void referencesFollowTheConversation() {
        GroundingContext after = new GroundingContext(List.of(2), List.of(0, 2), List.of());
        assertThat(id(grounder.ground("it", after))).isEqualTo(3);
        assertThat(id(grounder.ground("that one", after))).isEqualTo(3);
        assertThat(id(grounder.ground("the other one", after))).isEqualTo(1);
        Grounding them = grounder.ground("both of them", after);
        assertThat(them.objects()).containsExactly(0, 2);
        assertThat(id(grounder.ground("the other chair", new GroundingContext(List.of(0), List.of(0), List.of()))))
                .isEqualTo(2);
        assertThat(grounder.ground("it", GroundingContext.NONE).status()).isEqualTo(Grounding.Status.UNKNOWN);
    }

    @Test
    void aReplyWithHashNamesAnIdAndABareNumberAPosition() {
        java.util.List<Integer> among = java.util.List.of(1, 0); // the blue chair (id 2) listed first, then the red (id 1)

        assertThat(grounder.pick("#2", among)).containsExactly(1);
        assertThat(grounder.pick("object 1", among)).containsExactly(0);
        assertThat(grounder.pick("2", among)).as("the second listed").containsExactly(0);
    }

    @Test
    void withoutGravityTallAndHighCannotPickAnObject() {
        QaScene tilted = QaScene.ofObjects("room", room.objects(), false, 1.5, SceneSource.SYNTHETIC);
        Grounder noGravity = new Grounder(tilted, Margins.defaults(), LabelSynonyms.builtIn(), null);
        java.util.List<Integer> couchAndLamp = java.util.List.of(2, 5);

        assertThat(grounder.pick("the tall one", couchAndLamp)).containsExactly(5);
        assertThat(noGravity.pick("the tall one", couchAndLamp)).containsExactlyInAnyOrder(2, 5);
    }
}
