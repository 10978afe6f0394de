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
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * The frame of annotated objects: gravity as annotated, the camera height from the lowest level of points along it,
 * unless the boxes reach below that level (a mattress taken for the floor): then from the lowest box bottom.
 */
class AnnotatedFrameTest {

    /** Pitched 20° down: gravity in the camera frame. */
    private static final Vec3 DOWN = new Vec3(0, Math.cos(Math.toRadians(20)), Math.sin(Math.toRadians(20)));
    private static final CanonicalFrame ESTIMATED = CanonicalFrameEstimator.uprightFallback("test: nothing estimated");

    @Test
    void gravityIsTheAnnotatedOneAndTheHeightTheFloorsAlongIt() {
        // a floor 1.30 m below the camera, with 60 stray points 30 cm below it (too few to be a level)
        PointCloud cloud = cloud(level(1.30, 400, 0), level(1.60, 60, 0));
        // a box standing on the floor (its bottom 1 cm below it: annotations are not exact)
        GroundTruthBox chair = standing(1.31, 0.9);

        CanonicalFrame f = AnnotatedFrame.of(DOWN, cloud, List.of(chair), ESTIMATED);

        assertThat(f.canonical()).isTrue();
        assertThat(f.downCamera().angleDegTo(DOWN)).isLessThan(1e-9);
        assertThat(f.cameraHeightM()).isCloseTo(1.30, within(1e-4));
        assertThat(f.reason()).contains("gravity from the annotations", "lowest level");
        // a point on the floor lands at z = 0 in the canonical frame
        assertThat(f.cameraToCanonical().apply(DOWN.times(1.30)).z()).isCloseTo(0, within(1e-4));
    }

    @Test
    void aPlaneTheBoxesReachBelowIsNotTheFloorTheLowestBoxBottomIs() {
        PointCloud mattress = cloud(level(0.49, 400, 0));
        GroundTruthBox bed = standing(1.28, 0.8);

        CanonicalFrame f = AnnotatedFrame.of(DOWN, mattress, List.of(bed), ESTIMATED);

        assertThat(f.cameraHeightM()).isCloseTo(1.28, within(1e-9));
        assertThat(f.reason()).contains("lowest annotated box bottom", "not the floor");
    }

    @Test
    void aFarFloorSpreadByDepthNoiseIsTakenAtItsPeakAndWithoutPointsTheBoxesGiveTheHeight() {
        // 1200 floor points spread ±3 cm around 1.42 m: its lowest bins hold few points, its peak many
        PointCloud noisy = cloud(level(1.42, 1200, 0.03));
        GroundTruthBox table = standing(1.45, 0.75);

        assertThat(AnnotatedFrame.of(DOWN, noisy, List.of(table), ESTIMATED).cameraHeightM())
                .isCloseTo(1.42, within(0.01));

        CanonicalFrame none = AnnotatedFrame.of(DOWN, cloud(level(1.2, 20, 0)), List.of(table), ESTIMATED);
        assertThat(none.cameraHeightM()).isCloseTo(1.45, within(1e-9));
        assertThat(none.reason()).contains("no level of points");
    }

    @Test
    void withNoLevelNoBoxBelowAndNoFloorOfItsOwnTheLiftSaysSoInsteadOfAnAssumedHeight() {
        CanonicalFrame f = AnnotatedFrame.of(DOWN, cloud(level(1.2, 20, 0)), List.of(), ESTIMATED);

        assertThat(f.canonical()).isFalse();
        assertThat(f.reason()).isEqualTo("test: nothing estimated");
    }

    /** {@code n} points spread over a horizontal patch {@code heightM} below the camera along {@link #DOWN}, each
     * moved along gravity by up to ±{@code noiseM} (a triangular spread, deterministic). */
    private static List<Vec3> level(double heightM, int n, double noiseM) {
        Vec3 a = DOWN.cross(Vec3.UNIT_X).normalized();
        Vec3 b = DOWN.cross(a).normalized();
        List<Vec3> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double noise = noiseM * (((i * 7919) % 101) / 100.0 + ((i * 104729) % 97) / 96.0 - 1);
            pts.add(DOWN.times(heightM + noise).plus(a.times(0.01 * (i % 40) - 0.2)).plus(b.times(0.01 * (i / 40.0) + 1)));
        }
        return pts;
    }

    @SafeVarargs
    private static PointCloud cloud(List<Vec3>... parts) {
        List<Vec3> pts = new ArrayList<>();
        for (List<Vec3> p : parts) {
            pts.addAll(p);
        }
        float[] xyz = new float[3 * pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xyz[3 * i] = (float) pts.get(i).x();
            xyz[3 * i + 1] = (float) pts.get(i).y();
            xyz[3 * i + 2] = (float) pts.get(i).z();
        }
        return new PointCloud(CoordinateFrame.CAMERA, pts.size(), xyz, new int[pts.size()], new int[pts.size()]);
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
