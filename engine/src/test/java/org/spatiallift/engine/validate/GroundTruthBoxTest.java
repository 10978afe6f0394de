package org.spatiallift.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Vec3;

class GroundTruthBoxTest {

    private static final Vec3 DOWN = new Vec3(0, 1, 0);
    private static final Mat3 STANDING = Mat3.ofColumns(new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1));

    private static GroundTruthBox box(String name, double centreY, double heightM) {
        return new GroundTruthBox(name, new Vec3(0, centreY, 2), new Vec3(0.5, heightM, 0.5), STANDING);
    }

    @Test
    void bottomIsTheFarthestCornerAlongDown() {
        assertThat(box("table", 1.0, 0.8).bottomAlong(DOWN)).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void lowestIsTheBoxReachingFarthestDownFirstOnTies() {
        GroundTruthBox shelf = box("shelf", 0.5, 0.4); // bottom 0.7
        GroundTruthBox chair = box("chair", 1.25, 0.5); // bottom 1.5
        GroundTruthBox table = box("table", 1.0, 1.0); // bottom 1.5 too
        List<GroundTruthBox> boxes = List.of(shelf, chair, table);
        assertThat(GroundTruthBox.lowest(boxes, DOWN)).isSameAs(chair);
        assertThat(GroundTruthBox.lowestBottom(boxes, DOWN)).isEqualTo(1.5);
    }

    @Test
    void noBoxesHaveNoBottom() {
        assertThat(GroundTruthBox.lowest(List.of(), DOWN)).isNull();
        assertThat(GroundTruthBox.lowestBottom(List.of(), DOWN)).isNaN();
    }
}
