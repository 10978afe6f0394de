package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The height share over the correct objects, and over those seen whole (the ones whose sizes QA may ask). */
class ValidationSummaryTest {

    @Test
    void heightShareIsGivenOverAllCorrectObjectsAndOverThoseSeenWhole() {
        List<ObjectVerdict> objects = List.of(
                correct(1, 1.05, true), correct(2, 0.50, true), correct(3, 0.20, false), correct(4, 0.95, false),
                new ObjectVerdict(5, "lamp", Verdict.NOT_JUDGED, -1, null, 0, null));
        FrameReport frame = new FrameReport("f", true, 0.5, 1.5, 1.5, "given", objects, List.of());

        ValidationSummary s = ValidationSummary.of(List.of(frame));

        assertThat(s.correct()).isEqualTo(4);
        assertThat(s.heightWithin15Percent()).isCloseTo(2 / 4.0, within(1e-12));
        assertThat(s.wholeCorrect()).isEqualTo(2);
        assertThat(s.heightWithin15PercentWhole()).isCloseTo(1 / 2.0, within(1e-12));
    }

    @Test
    void heightShareSeenWholeIsNaNWithoutSuchObjects() {
        FrameReport frame = new FrameReport("f", true, 0.5, 1.5, 1.5, "given", List.of(correct(1, 1.0, false)),
                List.of());

        ValidationSummary s = ValidationSummary.of(List.of(frame));

        assertThat(s.wholeCorrect()).isZero();
        assertThat(s.heightWithin15PercentWhole()).isNaN();
    }

    private static ObjectVerdict correct(int id, double heightRatio, boolean whole) {
        BoxErrors e = new BoxErrors(0.1, 1, 1, heightRatio, heightRatio, 1, 0, 0, whole);
        return new ObjectVerdict(id, "chair", Verdict.CORRECT, id - 1, "chair", 0.5, e);
    }
}
