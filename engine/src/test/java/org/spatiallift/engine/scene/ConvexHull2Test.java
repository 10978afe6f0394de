package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConvexHull2Test {

    @Test
    void ofReturnsCounterClockwiseCornersWithoutInteriorOrCollinearPoints() {
        float[] x = {0, 2, 2, 0, 1, 1, 2, -0.0f};
        float[] y = {0, 0, 2, 2, 1, 0, 1, 1};

        double[] hull = ConvexHull2.of(x, y, x.length);

        assertThat(hull).containsExactly(0, 0, 2, 0, 2, 2, 0, 2);
    }

    @Test
    void ofHandlesNegativeCoordinatesAndDuplicates() {
        float[] x = {-1, -1, -3, -2, -2};
        float[] y = {-1, -1, -1, -5, -2};

        double[] hull = ConvexHull2.of(x, y, x.length);

        assertThat(hull).containsExactly(-3, -1, -2, -5, -1, -1);
    }
}
