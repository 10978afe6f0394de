package org.spatiallift.engine.perception.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Depth Anything's lower-bound resize: both sides at least 518, multiples of 14, aspect ratio kept up to rounding. */
class ImageTensorsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        640,  480,  686, 518
        480,  640,  518, 686
        518,  518,  518, 518
        100,  100,  518, 518
        1920, 1080, 924, 518
        700,  500,  728, 518
        4000, 3000, 686, 518
        """)
    void lowerBoundMultipleOf14KeepsTheAspect(int w, int h, int expectedW, int expectedH) {
        int[] wh = ImageTensors.lowerBoundMultiple(w, h, 518, 14);

        assertThat(wh).containsExactly(expectedW, expectedH);
        assertThat(wh[0] % 14).isZero();
        assertThat(wh[1] % 14).isZero();
        assertThat(Math.min(wh[0], wh[1])).isGreaterThanOrEqualTo(518);
        assertThat((double) wh[0] / wh[1]).isCloseTo((double) w / h, org.assertj.core.data.Offset.offset(14.0 / 518));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        100, 100, 510, 14, 518, 518
        300, 100, 510, 14, 1526, 518
        """)
    void aSizeThatIsNoMultipleRoundsUpNotBelowIt(int w, int h, int size, int multiple, int expectedW, int expectedH) {
        assertThat(ImageTensors.lowerBoundMultiple(w, h, size, multiple)).containsExactly(expectedW, expectedH);
    }
}
