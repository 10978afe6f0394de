package org.spatiallift.engine.geom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrientedBoxTest {

    /** 2 m along its own x', 0.4 m along y', 1 m tall, centred at (1, 2, 0.5). */
    private static OrientedBox box(double yawDeg) {
        return new OrientedBox(new Vec3(1, 2, 0.5), new Vec3(2, 0.4, 1), yawDeg);
    }

    @Test
    void axisAlignedBoxHoldsItsInsideAndBoundaryNotBeyond() {
        OrientedBox b = box(0);
        assertThat(b.contains(1, 2, 0.5, 0)).isTrue();
        assertThat(b.contains(1.9, 2.1, 0.9, 0)).isTrue();
        assertThat(b.contains(2, 2, 0.5, 0)).isTrue(); // on the face
        assertThat(b.contains(2.05, 2, 0.5, 0)).isFalse();
        assertThat(b.contains(1, 2.25, 0.5, 0)).isFalse();
        assertThat(b.contains(1, 2, 1.05, 0)).isFalse();
        assertThat(b.contains(1, 2, -0.05, 0)).isFalse();
    }

    @Test
    void marginGrowsEveryHalfExtent() {
        OrientedBox b = box(0);
        assertThat(b.contains(2.05, 2, 0.5, 0.1)).isTrue();
        assertThat(b.contains(1, 2.25, 0.5, 0.1)).isTrue();
        assertThat(b.contains(1, 2, 1.05, 0.1)).isTrue();
        assertThat(b.contains(1, 2, -0.05, 0.1)).isTrue();
        assertThat(b.contains(2.15, 2, 0.5, 0.1)).isFalse();
    }

    @Test
    void yawTurnsTheBoxCounterClockwiseAboutZ() {
        // yawed 90°: x' points along canonical +y, so the long side lies along y
        OrientedBox b = box(90);
        assertThat(b.contains(1, 2.9, 0.5, 0)).isTrue();
        assertThat(b.contains(1, 1.1, 0.5, 0)).isTrue();
        assertThat(b.contains(1.9, 2, 0.5, 0)).isFalse();
        assertThat(b.contains(1.15, 2, 0.5, 0)).isTrue();
        // yawed 45°: a point 0.9 m along the diagonal (1, 1)/√2 is inside, along (1, -1)/√2 it is not
        OrientedBox d = box(45);
        double a = 0.9 / Math.sqrt(2);
        assertThat(d.contains(1 + a, 2 + a, 0.5, 0)).isTrue();
        assertThat(d.contains(1 + a, 2 - a, 0.5, 0)).isFalse();
    }
}
