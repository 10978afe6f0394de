package org.spatiallift.engine.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * The frame of annotated objects: gravity as annotated, the camera height from the lowest horizontal plane along it,
 * unless the boxes reach below that plane (a mattress taken for the floor): then from the lowest box bottom.
 */
class AnnotatedFrameTest {

    /** Pitched 20° down: gravity in the camera frame. */
    private static final Vec3 DOWN = new Vec3(0, Math.cos(Math.toRadians(20)), Math.sin(Math.toRadians(20)));
    private static final CanonicalFrame ESTIMATED = CanonicalFrameEstimator.uprightFallback("test: nothing estimated");

    @Test
    void gravityIsTheAnnotatedOneAndTheHeightTheFloorPlanesAlongIt() {
        Level floor = level(1.30, 200);
        // a box standing on the floor (its bottom 1 cm below the floor plane: annotations are not exact)
        GroundTruthBox chair = standing(1.31, 0.9);

        CanonicalFrame f = AnnotatedFrame.of(DOWN, floor.cloud, List.of(floor.fit), List.of(chair), ESTIMATED);

        assertThat(f.canonical()).isTrue();
        assertThat(f.downCamera().angleDegTo(DOWN)).isLessThan(1e-9);
        assertThat(f.cameraHeightM()).isCloseTo(1.30, within(1e-4));
        assertThat(f.reason()).contains("gravity from the annotations", "plane");
        // a point on the floor lands at z = 0 in the canonical frame
        assertThat(f.cameraToCanonical().apply(DOWN.times(1.30)).z()).isCloseTo(0, within(1e-4));
    }

    @Test
    void aPlaneTheBoxesReachBelowIsNotTheFloorTheLowestBoxBottomIs() {
        Level mattress = level(0.49, 200);
        GroundTruthBox bed = standing(1.28, 0.8);

        CanonicalFrame f = AnnotatedFrame.of(DOWN, mattress.cloud, List.of(mattress.fit), List.of(bed), ESTIMATED);

        assertThat(f.cameraHeightM()).isCloseTo(1.28, within(1e-9));
        assertThat(f.reason()).contains("lowest annotated box bottom", "not the floor");
    }

    @Test
    void aTiltedPlaneIsNotHorizontalAndWithoutPlanesTheBoxesGiveTheHeight() {
        Level wall = level(1.0, 50);
        Vec3 tilted = new Vec3(1, 0, 0);
        PlaneFit wallFit = new PlaneFit(new Plane(tilted, -1.0), wall.fit.inliers());
        GroundTruthBox table = standing(1.45, 0.75);

        CanonicalFrame f = AnnotatedFrame.of(DOWN, wall.cloud, List.of(wallFit), List.of(table), ESTIMATED);

        assertThat(f.cameraHeightM()).isCloseTo(1.45, within(1e-9));
        assertThat(f.reason()).contains("no horizontal plane");
    }

    private record Level(PointCloud cloud, PlaneFit fit) {
    }

    /** {@code n} points of a horizontal plane {@code heightM} below the camera along {@link #DOWN}. */
    private static Level level(double heightM, int n) {
        Vec3 a = DOWN.cross(Vec3.UNIT_X).normalized();
        Vec3 b = DOWN.cross(a).normalized();
        float[] xyz = new float[3 * n];
        int[] inliers = new int[n];
        List<Vec3> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Vec3 p = DOWN.times(heightM).plus(a.times(0.01 * (i % 20) - 0.1)).plus(b.times(0.02 * (i / 20.0) + 1));
            pts.add(p);
            xyz[3 * i] = (float) p.x();
            xyz[3 * i + 1] = (float) p.y();
            xyz[3 * i + 2] = (float) p.z();
            inliers[i] = i;
        }
        return new Level(new PointCloud(CoordinateFrame.CAMERA, n, xyz, new int[n], new int[n]),
                new PlaneFit(new Plane(DOWN, -heightM), inliers));
    }

    /** A 0.5 m box, {@code tallM} tall, whose bottom is {@code bottomM} below the camera along gravity. */
    private static GroundTruthBox standing(double bottomM, double tallM) {
        Vec3 x = Vec3.UNIT_X;
        Vec3 y = DOWN;
        Vec3 z = x.cross(y);
        Vec3 centre = DOWN.times(bottomM - tallM / 2).plus(z.times(2.5));
        return new GroundTruthBox("thing", centre, new Vec3(0.5, tallM, 0.5), Mat3.ofColumns(x, y, z));
    }
}
