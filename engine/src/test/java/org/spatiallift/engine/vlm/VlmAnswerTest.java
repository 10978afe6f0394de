package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.ask.text.LengthUnit;
import org.spatiallift.engine.ask.text.Quantity;

class VlmAnswerTest {

    @ParameterizedTest(name = "{0} -> {1} m")
    @CsvSource(delimiter = '|', textBlock = """
            About 2 meters.                                              | 2.0
            1.5m                                                         | 1.5
            two meters                                                   | 2.0
            3 ft 6 in                                                    | 1.0668
            50 cm                                                        | 0.5
            Roughly twenty-five centimetres apart.                       | 0.25
            a meter and a half                                           | 1.5
            half a meter                                                 | 0.5
            one and a half meters                                        | 1.5
            about 18 inches                                              | 0.4572
            1,5 m                                                        | 1.5
            1,200 mm                                                     | 1.2
            The distance is approximately **3.2 meters**.                | 3.2
            about 1.5 meters (5 feet)                                    | 1.5
            It is about a foot away.                                     | 0.3048
            The lamp is 5'6" tall.                                       | 1.6764
            around 6 feet                                                | 1.8288
            One hundred and twenty centimeters                           | 1.2
            2 yards                                                      | 1.8288
            1 m 20 cm                                                    | 1.2
            3 feet and 6 inches                                          | 1.0668
            The chair is 2 in from the wall.                             | 0.0508
            The one on the left is 80 cm wide.                           | 0.8
            """)
    void lengthsAreReadInMetres(String text, double metres) {
        VlmAnswer a = VlmAnswer.parse(text);

        assertThat(a.quantity()).as(text).isNotNull();
        assertThat(a.quantity().unit()).isEqualTo("m");
        assertThat(a.quantity().value()).isCloseTo(metres, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5-2 m                           | 1.75 | 1.5  | 2.0
            between 1 and 2 meters            | 1.5  | 1.0  | 2.0
            1 to 2 feet                       | 0.4572 | 0.3048 | 0.6096
            50 cm - 1 m                       | 0.75 | 0.5  | 1.0
            roughly 2–3 metres                | 2.5  | 2.0  | 3.0
            """)
    void rangesGiveTheirMidpointAndEnds(String text, double mid, double lo, double hi) {
        Quantity q = VlmAnswer.parse(text).quantity();

        assertThat(q.range()).isTrue();
        assertThat(q.value()).isCloseTo(mid, within(1e-9));
        assertThat(q.low()).isCloseTo(lo, within(1e-9));
        assertThat(q.high()).isCloseTo(hi, within(1e-9));
    }

    @Test
    void otherUnitsAndBareNumbersKeepTheirOwnUnit() {
        assertThat(VlmAnswer.parse("It is about 3 times taller.").quantity().unit()).isEqualTo("ratio");
        assertThat(VlmAnswer.parse("Twice as tall.").quantity().value()).isEqualTo(2.0);
        Quantity clock = VlmAnswer.parse("At 3 o'clock.").quantity();
        assertThat(clock.unit()).isEqualTo("o'clock");
        assertThat(clock.value()).isEqualTo(3.0);
        Quantity bare = VlmAnswer.parse("2.5").quantity();
        assertThat(bare.unit()).isNull();
        assertThat(bare.value()).isEqualTo(2.5);
        assertThat(VlmAnswer.parse("2.5", LengthUnit.FOOT).quantity().value()).isCloseTo(0.762, within(1e-9));
        assertThat(VlmAnswer.parse("It takes 2 minutes.").quantity().unit()).isNull();
        assertThat(VlmAnswer.parse("The one on the left.").quantity()).isNull();
    }

    @Test
    void severalDifferentLengthsGiveNoValueAndSayWhy() {
        VlmAnswer a = VlmAnswer.parse("The table is 0.8 m tall and the chair is 2 m away.");

        assertThat(a.quantity()).isNull();
        assertThat(a.quantities()).hasSize(2);
        assertThat(a.note()).contains("several different lengths").contains("0.8 m").contains("2 m");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yes, the chair is left of the table.   | true
            **No.**                                | false
            yes                                    | true
            Nope, it is behind it.                 | false
            The answer is yes.                     | true
            Answer: no                             | false
            """)
    void yesAndNoAreRead(String text, boolean yes) {
        assertThat(VlmAnswer.parse(text).yes()).isEqualTo(yes);
    }

    @Test
    void aSentenceWithNoInsideIsNotANo() {
        assertThat(VlmAnswer.parse("There is no lamp in the image.").yes()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The red chair.                                   | 0
            The chair is taller.                             | 0
            The table is taller than the red chair.          | 1
            the table                                        | 1
            Both are the same.                               | -1
            The chair and the table are about equal.         | -1
            """)
    void theChosenObjectIsFoundByItsWords(String text, int chosen) {
        assertThat(VlmAnswer.parse(text).chosen(List.of("the red chair", "the table"))).isEqualTo(chosen);
    }

    @Test
    void objectsWithTheSameNameAreToldApartByWhatDiffers() {
        List<String> two = List.of("the chair on the left", "the chair on the right");

        assertThat(VlmAnswer.parse("The chair on the right is closer.").chosen(two)).isEqualTo(1);
        assertThat(VlmAnswer.parse("The left one.").chosen(two)).isEqualTo(0);
        assertThat(VlmAnswer.parse("The chair.").chosen(two)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "model {0} vs measured {1} m")
    @CsvSource(textBlock = """
            1.8 m,   2.0, true,  0.9
            3 m,     2.0, false, 1.5
            1.5 m,   2.0, true,  0.75
            2.66 m,  2.0, true,  1.33
            2.7 m,   2.0, false, 1.35
            1.4 m,   2.0, false, 0.7
            6 feet,  2.0, true,  0.9144
            """)
    void quantitiesAgreeWithinThreeQuartersToFourThirds(String said, double measured, boolean agrees, double ratio) {
        Agreement a = Agreement.of(VlmAnswer.parse(said), GeometricAnswer.quantity(measured, "m"));

        assertThat(a.agrees()).isEqualTo(agrees);
        assertThat(a.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(a.explanation()).contains("ratio").contains(agrees ? "within" : "outside");
    }

    @Test
    void answersThatCannotBeComparedSaySoInsteadOfAgreeing() {
        Agreement noUnit = Agreement.of(VlmAnswer.parse("2"), GeometricAnswer.quantity(2.0, "m"));
        Agreement noNumber = Agreement.of(VlmAnswer.parse("Quite far."), GeometricAnswer.quantity(2.0, "m"));
        Agreement noYes = Agreement.of(VlmAnswer.parse("Hard to tell."), GeometricAnswer.yesNo(true));

        assertThat(noUnit.agrees()).isNull();
        assertThat(noUnit.explanation()).contains("without a unit of length");
        assertThat(noNumber.agrees()).isNull();
        assertThat(noYes.agrees()).isNull();
    }

    @Test
    void qualitativeAnswersAgreeWhenEqual() {
        assertThat(Agreement.of(VlmAnswer.parse("Yes."), GeometricAnswer.yesNo(true)).agrees()).isTrue();
        assertThat(Agreement.of(VlmAnswer.parse("No."), GeometricAnswer.yesNo(true)).agrees()).isFalse();
        List<String> c = List.of("the red chair", "the table");
        assertThat(Agreement.of(VlmAnswer.parse("The table."), GeometricAnswer.choice(1, c)).agrees()).isTrue();
        assertThat(Agreement.of(VlmAnswer.parse("The red chair."), GeometricAnswer.choice(1, c)).agrees()).isFalse();
        assertThat(Agreement.of(VlmAnswer.parse("At 3 o'clock"), GeometricAnswer.quantity(3, "o'clock")).agrees())
                .isTrue();
        assertThat(Agreement.of(VlmAnswer.parse("At 4 o'clock"), GeometricAnswer.quantity(3, "o'clock")).agrees())
                .isFalse();
        assertThat(Agreement.of(VlmAnswer.parse("three"), GeometricAnswer.quantity(3, "count")).agrees()).isTrue();
        assertThat(Agreement.of(VlmAnswer.parse("2.1 times"), GeometricAnswer.quantity(2.0, "ratio")).agrees())
                .isTrue();
    }
}
