package org.spatiallift.engine.qa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.qa.Units;

class QuantityFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.004  | 1 centimeter
            0.012  | 1 centimeter
            0.087  | 9 centimeters
            0.194  | 19 centimeters
            0.452  | 45 centimeters
            0.468  | 45 centimeters
            0.474  | 45 centimeters
            0.476  | 50 centimeters
            0.97   | 95 centimeters
            0.98   | 1 meter
            1.04   | 1 meter
            1.234  | 1.2 meters
            2.0    | 2 meters
            9.94   | 9.9 meters
            9.96   | 10 meters
            12.4   | 12 meters
            """)
    void metricRoundsLikeAPerson(double metres, String expected) {
        assertThat(QuantityFormat.length(metres, Units.METRIC)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.0254 | 1 inch
            0.46   | 18 inches
            0.90   | 35 inches
            0.91   | 3 feet
            1.22   | 4 feet
            1.37   | 4.5 feet
            2.97   | 9.5 feet
            3.0    | 10 feet
            4.0    | 13 feet
            """)
    void imperialRoundsToInchesThenHalfFeetThenFeet(double metres, String expected) {
        assertThat(QuantityFormat.length(metres, Units.IMPERIAL)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.2  | 1.2 meters (4 feet)
            0.3  | 30 centimeters (12 inches)
            """)
    void bothGivesMetricThenImperialInBrackets(double metres, String expected) {
        assertThat(QuantityFormat.length(metres, Units.BOTH)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2.54  | 2.5  | 2.5
            3.0   | 3    | 3.0
            0.47  | 0.5  | 0.5
            12.6  | 13   | 13.0
            """)
    void ratiosKeepOneDecimalBelowTen(double ratio, String text, double rounded) {
        StringBuilder sb = new StringBuilder();
        QuantityFormat.appendRatio(sb, ratio);
        assertThat(sb).hasToString(text);
        assertThat(QuantityFormat.roundedRatio(ratio)).isEqualTo(rounded);
    }
}
