package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.testing.CloudBuilder;

class FootprintRectangleTest {

    @ParameterizedTest(name = "{2} x {3} m at yaw {4}°")
    @CsvSource(textBlock = """
             0.0,  0.0, 0.60, 0.40,   0
             1.5, -0.7, 0.60, 0.40,  30
            -2.0,  3.1, 1.20, 0.35, -65
             0.3,  0.2, 0.50, 0.30,  89
             0.3,  0.2, 0.80, 0.79,  10
            """)
    void ofRecoversYawedBoxFootprint(double cx, double cy, double dx, double dy, double yaw) {
        PointCloud box = new CloudBuilder(1).box(cx, cy, 0, dx, dy, 0.3, yaw, 0.01, 0).build(CoordinateFrame.CANONICAL);
        float[] x = new float[box.size()], y = new float[box.size()];
        for (int i = 0; i < box.size(); i++) {
            x[i] = box.x(i);
            y[i] = box.y(i);
        }

        FootprintRectangle r = FootprintRectangle.of(x, y, box.size());

        assertThat(r.centerX()).isCloseTo(cx, within(1e-4));
        assertThat(r.centerY()).isCloseTo(cy, within(1e-4));
        assertThat(r.lengthM()).isCloseTo(dx, within(1e-4));
        assertThat(r.widthM()).isCloseTo(dy, within(1e-4));
        assertThat(r.yawDeg()).isCloseTo(yaw, within(0.01));
    }

    @Test
    void ofCollinearPointsIsASegmentAndOfOnePointIsThePoint() {
        FootprintRectangle segment = FootprintRectangle.of(new float[] {0, 1, 2}, new float[] {0, 1, 2}, 3);
        FootprintRectangle point = FootprintRectangle.of(new float[] {0.5f, 0.5f}, new float[] {-1, -1}, 2);

        assertThat(segment.lengthM()).isCloseTo(Math.sqrt(8), within(1e-6));
        assertThat(segment.widthM()).isZero();
        assertThat(segment.yawDeg()).isCloseTo(45, within(1e-6));
        assertThat(point.centerX()).isEqualTo(0.5);
        assertThat(point.centerY()).isEqualTo(-1);
        assertThat(point.lengthM()).isZero();
    }

    @Test
    void normalizedYawFoldsIntoHalfOpenRange() {
        assertThat(FootprintRectangle.normalizedYaw(-90)).isEqualTo(90);
        assertThat(FootprintRectangle.normalizedYaw(135)).isEqualTo(-45);
        assertThat(FootprintRectangle.normalizedYaw(-179)).isEqualTo(1);
        assertThat(FootprintRectangle.normalizedYaw(90)).isEqualTo(90);
    }
}
