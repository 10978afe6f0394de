package org.spatiallift.engine.ask.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    @ParameterizedTest(name = "{0} -> {1} m")
    @CsvSource(delimiter = '|', textBlock = """
            within 2 feet                  | 0.6096
            1.5m                           | 1.5
            one and a half meters          | 1.5
            50 cm                          | 0.5
            3 ft 6 in                      | 1.0668
            5'6"                           | 1.6764
            two meters                     | 2.0
            half a meter                   | 0.5
            a meter and a half             | 1.5
            about a foot                   | 0.3048
            twenty-five centimetres        | 0.25
            one hundred and twenty cm      | 1.2
            1 1/2 ft                       | 0.4572
            ¾ m                            | 0.75
            1,5 m                          | 1.5
            it is 12 inches                | 0.3048
            450mm                          | 0.45
            2 yards                        | 1.8288
            a 2-meter pole                 | 2.0
            one point five meters          | 1.5
            roughly 6 in.                  | 0.1524
            1 m 20 cm                      | 1.2
            3 feet and 6 inches            | 1.0668
            5'6''                          | 1.6764
            the chair is 2 in from the wall | 0.0508
            1,200 mm                       | 1.2
            2 m                            | 2.0
            """)
    void readsALengthInMetres(String text, double metres) {
        Quantity q = QuantityReader.readLength(text).orElseThrow();
        assertThat(q.value()).isCloseTo(metres, within(1e-9));
        assertThat(q.length()).isTrue();
        assertThat(q.range()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> [{1}, {2}] m")
    @CsvSource(delimiter = '|', textBlock = """
            1.5-2 m                        | 1.5  | 2.0
            about 1.5–2 meters apart       | 1.5  | 2.0
            1 to 2 feet                    | 0.3048 | 0.6096
            between 1 and 2 meters         | 1.0  | 2.0
            2 or 3 meters                  | 2.0  | 3.0
            from 80 cm to 1.2 m            | 0.8  | 1.2
            2 m or 3                       | 2.0  | 3.0
            """)
    void readsARangeWithItsMiddle(String text, double lo, double hi) {
        Quantity q = QuantityReader.readLength(text).orElseThrow();
        assertThat(q.range()).isTrue();
        assertThat(q.low()).isCloseTo(lo, within(1e-9));
        assertThat(q.high()).isCloseTo(hi, within(1e-9));
        assertThat(q.value()).isCloseTo((lo + hi) / 2, within(1e-9));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            three                          | 3
            There are twenty-one objects   | 21
            about 1,000 of them            | 1000
            """)
    void readsANumberWithoutAUnitAsWritten(String text, double value) {
        Quantity q = QuantityReader.read(text).orElseThrow();
        assertThat(q.kind()).isEqualTo(QuantityKind.NUMBER);
        assertThat(q.value()).isCloseTo(value, within(1e-9));
        assertThat(QuantityReader.readLength(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It is 2.5 times as tall        | 2.5 | RATIO
            Twice as tall                  | 2   | RATIO
            about 3x wider                 | 3   | RATIO
            2×                             | 2   | RATIO
            At 3 o'clock                   | 3   | CLOCK
            at 11 o’clock                  | 11  | CLOCK
            at 9 oclock                    | 9   | CLOCK
            """)
    void readsRatiosAndClockHoursAsWritten(String text, double value, QuantityKind kind) {
        Quantity q = QuantityReader.read(text).orElseThrow();
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.value()).isCloseTo(value, within(1e-9));
        assertThat(q.unit()).isEqualTo(kind == QuantityKind.RATIO ? "ratio" : "o'clock");
        assertThat(QuantityReader.readLength(text)).isEmpty();
    }

    @Test
    void aRangeOfRatiosIsARatio() {
        Quantity q = QuantityReader.read("2-3 times as tall").orElseThrow();
        assertThat(q.kind()).isEqualTo(QuantityKind.RATIO);
        assertThat(q.low()).isEqualTo(2);
        assertThat(q.high()).isEqualTo(3);
    }

    @Test
    void oneAfterTheIsNotANumberUnlessAUnitFollows() {
        assertThat(QuantityReader.readAll("The one on the left.")).isEmpty();
        assertThat(QuantityReader.readAll("The one on the left is 80 cm wide.")).extracting(Quantity::value)
                .containsExactly(0.8);
        assertThat(QuantityReader.readLength("the one meter gap").orElseThrow().value()).isEqualTo(1.0);
        assertThat(QuantityReader.read("one").orElseThrow().value()).isEqualTo(1.0);
    }

    @Test
    void aBareNumberTakesAUnitWhenAsked() {
        Quantity q = QuantityReader.read("2.5").orElseThrow().in(LengthUnit.FOOT);
        assertThat(q.length()).isTrue();
        assertThat(q.value()).isCloseTo(0.762, within(1e-9));
        assertThat(q.written("2.5")).isEqualTo("2.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no numbers here", "meters", "a", "half", "1/0", "the foot of the bed", "-"})
    void badInputGivesNothing(String text) {
        assertThat(QuantityReader.readLength(text)).isEmpty();
        if (!text.equals("1/0")) {
            assertThat(QuantityReader.readAll(text)).isEmpty();
        }
    }

    @Test
    void inStartsAPhraseUnlessItEndsTheQuantity() {
        assertThat(QuantityReader.readLength("is it 2 in front of the door")).isEmpty();
        assertThat(QuantityReader.read("is it 2 in front of the door").orElseThrow().value()).isEqualTo(2);
        assertThat(QuantityReader.readLength("3 ft 6 in of space").orElseThrow().value())
                .isCloseTo(3 * 0.3048 + 6 * 0.0254, within(1e-9));
        assertThat(QuantityReader.readAll(null)).isEmpty();
    }

    @Test
    void readsEveryQuantityInOrderWithItsSpan() {
        String text = "About 1.2 meters (4 feet), not 3 m.";
        List<Quantity> all = QuantityReader.readAll(text);
        assertThat(all).extracting(Quantity::value).containsExactly(1.2, 4 * 0.3048, 3.0);
        Quantity first = all.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("1.2 meters");
        assertThat(text.substring(all.get(1).start(), all.get(1).end())).isEqualTo("4 feet");
    }
}
