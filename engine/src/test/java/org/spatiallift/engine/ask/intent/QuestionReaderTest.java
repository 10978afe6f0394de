package org.spatiallift.engine.ask.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.ask.Intent;
import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.qa.Units;

/** The rules-only reader on the cases that must never go wrong: close wordings, slots, units, kinds. */
class QuestionReaderTest {

    private static QuestionReader reader;

    @BeforeAll
    static void open() {
        reader = QuestionReader.rules();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Is the lamp to the left of the chair?          | left_of
            Is the lamp to the right of the chair?         | right_of
            Is the lamp taller than the chair?             | taller
            Is the lamp shorter than the chair?            | shorter
            Which is taller, the lamp or the chair?        | choose_taller
            Is the lamp or the chair taller?               | choose_taller
            Is the lamp above the chair?                   | above
            Which is higher up, the lamp or the chair?     | choose_above
            How far is the lamp from the chair?            | centre_distance
            How far is the lamp from the camera?           | distance_from_camera
            How far away is the lamp?                      | distance_from_camera
            How far apart are the lamp and the chair from left to right? | left_right_offset
            How much higher is the lamp than the chair?    | vertical_distance
            How tall is the lamp?                          | height
            How high above the floor is the lamp?          | elevation
            """)
    void wordingsThatDifferByAWordReadAsTheirOwnCategory(String question, String category) {
        Intent i = reader.read(question);
        assertThat(i.kind()).isEqualTo(IntentKind.CATEGORY);
        assertThat(i.category()).isEqualTo(category);
        assertThat(i.mentions().get(0)).isEqualTo("the lamp");
    }

    @Test
    void mentionsAreHandedOnAsWrittenInTheCategorysOrder() {
        assertThat(reader.read("How far is the Red Chair from the TV?").mentions())
                .containsExactly("the Red Chair", "the TV");
        assertThat(reader.read("Is it taller than that one?").mentions()).containsExactly("it", "that one");
        assertThat(reader.read("how tall is the other chair").mentions()).containsExactly("the other chair");
        // the template names B first: "How far in front of or behind {B} is {A}?"
        Intent offset = reader.read("How far in front of or behind the sofa is the table?");
        assertThat(offset.category()).isEqualTo("front_back_offset");
        assertThat(offset.mentions()).containsExactly("the table", "the sofa");
        Intent closest = reader.read("Which of the chair, the lamp or the sofa is closest to the table?");
        assertThat(closest.category()).isEqualTo("closest_to");
        assertThat(closest.mentions()).containsExactly("the table", "the chair", "the lamp", "the sofa");
        assertThat(closest.confidence()).isEqualTo(1.0);
        Intent count = reader.read("How many objects are to the left of the mug?");
        assertThat(count.category()).isEqualTo("count_left_of");
        assertThat(count.mentions()).containsExactly("the mug");
    }

    @Test
    void misspellingsAndChatSpellingsAreReadButMentionsKeepTheirWords() {
        Intent i = reader.read("hw far is the mug frm the laptop");
        assertThat(i.category()).isEqualTo("centre_distance");
        assertThat(i.mentions()).containsExactly("the mug", "the laptop");
        assertThat(i.confidence()).isLessThan(1.0);
        // "black" is a colour, never a misspelt "back"; "painting" is not a misspelt "raining"
        assertThat(reader.read("is the black box behind the painting").mentions())
                .containsExactly("the black box", "the painting");
        assertThat(reader.read("is teh chair taler then the desk?").mentions()).containsExactly("the chair", "the desk");
        assertThat(reader.read("is teh chair taler then the desk?").category()).isEqualTo("taller");
    }

    @Test
    void thresholdsAreReadInMetresAndUnitsFromWhatTheQuestionAsks() {
        Intent near = reader.read("Is the mug within 2 feet of the laptop?");
        assertThat(near.category()).isEqualTo("near");
        assertThat(near.thresholdM()).isCloseTo(0.6096, within(1e-9));
        assertThat(near.units()).isNull();
        assertThat(reader.read("Is the mug within half a meter of the laptop?").thresholdM()).isEqualTo(0.5);
        Intent feet = reader.read("How tall is the plant in feet?");
        assertThat(feet.units()).isEqualTo(Units.IMPERIAL);
        assertThat(feet.mentions()).containsExactly("the plant");
        assertThat(reader.read("how far is it from the sofa in meters and feet").units()).isEqualTo(Units.BOTH);
        assertThat(reader.read("How wide is the table in cm?").units()).isEqualTo(Units.METRIC);
        assertThat(reader.read("How many meters tall is the lamp?").units()).isEqualTo(Units.METRIC);
        assertThat(reader.read("How tall is the lamp?").units()).isNull();
        assertThat(reader.read("How tall is the lamp?").thresholdM()).isNaN();
    }

    @Test
    void withinSummaryAndUnsupportedAreKindsOfTheirOwn() {
        Intent within = reader.read("Which objects are within 1 m of the table?");
        assertThat(within.kind()).isEqualTo(IntentKind.WITHIN);
        assertThat(within.category()).isNull();
        assertThat(within.mentions()).containsExactly("the table");
        assertThat(within.thresholdM()).isEqualTo(1.0);
        assertThat(reader.read("What do you see?").kind()).isEqualTo(IntentKind.SUMMARY);
        assertThat(reader.read("What is in this scene?").kind()).isEqualTo(IntentKind.SUMMARY);
        for (String q : new String[] {"Who owns the chair?", "Why is the lamp on?", "What colour is the wall?",
                "How heavy is the table?", "", "???", "banana"}) {
            assertThat(reader.read(q).kind()).as(q).isEqualTo(IntentKind.UNSUPPORTED);
        }
        assertThat(reader.read(null).kind()).isEqualTo(IntentKind.UNSUPPORTED);
    }

    @Test
    void questionsNoCategoryAnswersAsAskedAreNotGuessed() {
        // each of these once read as some category by the tf-idf fallback
        for (String q : new String[] {"how big is the sofa", "where is the lamp?", "which is the tallest object?",
                "how many chairs are there?", "is the cup on the left?", "what's next to the bed"}) {
            assertThat(reader.read(q).kind()).as(q).isEqualTo(IntentKind.UNSUPPORTED);
        }
        Intent near = reader.read("is the chair near the table?");
        assertThat(near.category()).isEqualTo("near");
        assertThat(near.mentions()).containsExactly("the chair", "the table");
        assertThat(near.thresholdM()).as("no distance stated").isNaN();
    }

    @Test
    void withoutEmbeddingsTheFallbackIsTfIdf() {
        assertThat(reader.scorerName()).isEqualTo("tf-idf");
    }
}
