package org.spatiallift.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.testing.CloudBuilder;

class PlaneRansacTest {

    private static final Vec3 NORMAL = new Vec3(0.2, 0.9, 0.35).normalized();

    /** 4000 points on a 3 m plane with 5 mm noise, plus 6000 uniform outliers (60%) in a room-sized box. */
    private static PointCloud noisyPlaneWithOutliers(long seed) {
        Vec3 u = NORMAL.cross(Vec3.UNIT_X).normalized(), v = NORMAL.cross(u);
        CloudBuilder b = new CloudBuilder(seed);
        Vec3 center = new Vec3(0.1, 1.4, 2.5);
        for (int i = 0; i < 4000; i++) {
            Vec3 p = center.plus(u.times(b.gaussian() * 1.5))
                    .plus(v.times(b.gaussian() * 1.5)).plus(NORMAL.times(b.gaussian() * 0.005));
            b.add(p, 1);
        }
        b.uniform(new Vec3(-3, -2, 0.5), new Vec3(3, 2, 6), 6000, 2);
        return b.build(CoordinateFrame.CAMERA);
    }

    @Test
    void fitFindsNoisyPlaneAmongSixtyPercentOutliers() {
        PointCloud cloud = noisyPlaneWithOutliers(1);

        PlaneFit fit = new PlaneRansac(0.02, 1000, 42).fit(cloud).orElseThrow();

        Plane truth = Plane.through(new Vec3(0.1, 1.4, 2.5), NORMAL);
        assertThat(fit.plane().normal().angleDegTo(truth.normal())).isLessThan(0.5);
        assertThat(fit.plane().offset()).isCloseTo(truth.offset(), within(0.005));
        long planePoints = Arrays.stream(fit.inliers()).filter(i -> cloud.rgb()[i] == 1).count();
        assertThat(planePoints).isGreaterThan(3900);
        assertThat(fit.inlierCount() - planePoints).as("outliers that happen to lie within 2 cm").isLessThan(300);
    }

    @Test
    void fitGivesTheSameResultForTheSameSeed() {
        PointCloud cloud = noisyPlaneWithOutliers(2);

        PlaneFit a = new PlaneRansac(0.02, 1000, 7).fit(cloud).orElseThrow();
        PlaneFit b = new PlaneRansac(0.02, 1000, 7).fit(cloud).orElseThrow();

        assertThat(a.plane()).isEqualTo(b.plane());
        assertThat(a.inliers()).containsExactly(b.inliers());
    }

    @Test
    void fitOrientsNormalAwayFromOriginWithSortedInliers() {
        PointCloud cloud = new CloudBuilder(3)
                .rectangle(new Vec3(0, -1.5, 3), Vec3.UNIT_X, Vec3.UNIT_Z, 2, 2, 0.05, 0.001, 0)
                .build(CoordinateFrame.CAMERA);

        PlaneFit fit = new PlaneRansac(0.01, 200, 1).fit(cloud).orElseThrow();

        assertThat(fit.plane().normal().y()).isCloseTo(-1, within(1e-3));
        assertThat(fit.plane().offset()).isCloseTo(-1.5, within(1e-3));
        assertThat(fit.inliers()).isSorted().hasSize(cloud.size());
    }

    @Test
    void fitFindsNothingInTooFewOrCollinearPoints() {
        PointCloud two = new CloudBuilder(1).add(0, 0, 1, 0).add(1, 0, 1, 0).build(CoordinateFrame.CAMERA);
        CloudBuilder line = new CloudBuilder(1);
        for (int i = 0; i < 50; i++) {
            line.add(i * 0.1, i * 0.05, 2, 0);
        }

        assertThat(new PlaneRansac(0.02, 100, 1).fit(two)).isEmpty();
        assertThat(new PlaneRansac(0.02, 100, 1).fit(line.build(CoordinateFrame.CAMERA))).isEmpty();
    }
}
