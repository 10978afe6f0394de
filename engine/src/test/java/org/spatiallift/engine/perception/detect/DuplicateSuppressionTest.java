package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One object, one box: overlapping boxes of one class, or nearly the same box under two labels, are one detection. */
class DuplicateSuppressionTest {

    @Test
    void aWardrobeSeenAsThreeRefrigeratorsIsOneAndTheBestScoreStays() {
        List<Detection> found = List.of(
                det("refrigerator", 72, 0.61, 100, 50, 300, 450),
                det("refrigerator", 72, 0.34, 110, 40, 310, 440),
                det("refrigerator", 72, 0.22, 95, 120, 290, 460));

        assertThat(DuplicateSuppression.apply(found)).extracting(Detection::score).containsExactly(0.61);
    }

    @Test
    void nestedOrNeighbouringObjectsStayAndOnlyNearlyTheSameBoxUnderAnotherLabelGoes() {
        Detection table = det("dining table", 60, 0.8, 100, 200, 500, 400);
        Detection cup = det("cup", 41, 0.6, 200, 180, 240, 230);
        Detection bin = det("toilet", 61, 0.55, 520, 300, 600, 420);
        Detection binAsChair = det("chair", 56, 0.4, 522, 298, 602, 424);
        Detection chairBeside = det("chair", 56, 0.5, 560, 300, 660, 420);

        List<Detection> kept = DuplicateSuppression.apply(List.of(table, cup, bin, chairBeside, binAsChair));

        assertThat(kept).containsExactly(table, cup, bin, chairBeside);
        assertThat(bin.box().iou(chairBeside.box())).as("neighbours overlap, below both bars").isBetween(0.2, 0.5);
    }

    private static Detection det(String label, int classId, double score, double x0, double y0, double x1, double y1) {
        return new Detection(label, classId, score, new PixelBox(x0, y0, x1, y1));
    }
}
