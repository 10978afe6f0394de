package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicsSpecTest {

    @Test
    void parseReadsFourNumbersWithSpacesAndExponents() throws Exception {
        IntrinsicsSpec spec = IntrinsicsSpec.parse(" 525, 5.25e2 ,319.5,+239.5 ");

        assertThat(spec).isEqualTo(new IntrinsicsSpec(525, 525, 319.5, 239.5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            525,525,319.5          | expected 4 comma-separated numbers fx,fy,cx,cy but got 3
            525,525,319.5,239.5,1  | expected 4 comma-separated numbers fx,fy,cx,cy but got 5
            525;525;319.5;239.5    | expected 4 comma-separated numbers fx,fy,cx,cy but got 1
            525,abc,319.5,239.5    | fy 'abc' (token 2 of '525,abc,319.5,239.5') is not a number
            525,525,,239.5         | cx '' (token 3 of '525,525,,239.5') is not a number
            525,525,319.5,NaN      | cy 'NaN' (token 4 of '525,525,319.5,NaN') is not a number
            525f,525,319.5,239.5   | fx '525f' (token 1 of '525f,525,319.5,239.5') is not a number
            1e999,525,319.5,239.5  | fx '1e999' (token 1 of '1e999,525,319.5,239.5') is not a finite number
            """)
    void parseRefusesMalformedTextNamingTheBadToken(String text, String problem) {
        assertThatThrownBy(() -> IntrinsicsSpec.parse(text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--intrinsics: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("Give --intrinsics fx,fy,cx,cy in pixels");
    }

    @Test
    void parseRefusesBlankText() {
        assertThatThrownBy(() -> IntrinsicsSpec.parse("  "))
                .hasMessage("--intrinsics: is empty. Give --intrinsics fx,fy,cx,cy in pixels, e.g. 525,525,319.5,239.5");
    }
}
