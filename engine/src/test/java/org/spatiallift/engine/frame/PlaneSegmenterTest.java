package org.spatiallift.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.testing.CloudBuilder;

class PlaneSegmenterTest {

    /** A room corner in the camera frame: floor 1.5 m below, a back wall 4 m ahead and a side wall 2 m to the left. */
    private static PointCloud roomCorner() {
        return new CloudBuilder(9)
                .rectangle(new Vec3(0, 1.5, 3), Vec3.UNIT_X, Vec3.UNIT_Z, 4, 2, 0.02, 0.003, 1)
                .rectangle(new Vec3(0, 0, 4), Vec3.UNIT_X, Vec3.UNIT_Y, 3.9, 2.9, 0.02, 0.003, 2)
                .rectangle(new Vec3(-2, 0, 3), Vec3.UNIT_Z, Vec3.UNIT_Y, 1.9, 2.9, 0.02, 0.003, 3)
                .uniform(new Vec3(-1, -1, 2), new Vec3(1, 1, 3.5), 500, 4)
                .build(CoordinateFrame.CAMERA);
    }

    @Test
    void segmentSeparatesFloorAndTwoWallsLargestFirst() {
        PointCloud cloud = roomCorner();

        List<PlaneFit> planes = PlaneSegmenter.fromParameters(LiftParameters.defaults()).segment(cloud);

        assertThat(planes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(planes).extracting(PlaneFit::inlierCount).isSortedAccordingTo((a, b) -> b - a);
        assertThat(labelOf(cloud, planes.get(0))).isEqualTo(2);
        assertThat(planes.get(0).plane().normal().angleDegTo(Vec3.UNIT_Z)).isLessThan(0.5);
        assertThat(labelOf(cloud, planes.get(1))).isEqualTo(1);
        assertThat(planes.get(1).plane().normal().angleDegTo(Vec3.UNIT_Y)).isLessThan(0.5);
        assertThat(labelOf(cloud, planes.get(2))).isEqualTo(3);
        assertThat(planes.get(2).plane().normal().angleDegTo(Vec3.UNIT_X.times(-1))).isLessThan(0.5);
        int[] all = planes.stream().flatMapToInt(p -> Arrays.stream(p.inliers())).toArray();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void segmentStopsBelowTheMinimumPlaneSize() {
        PointCloud cloud = roomCorner();

        List<PlaneFit> planes = new PlaneSegmenter(0.02, 1000, 42, 10, 15_000, 0).segment(cloud);

        // Back wall 28.6k points, floor 20.3k, side wall 14.0k.
        assertThat(planes).hasSize(2).allMatch(p -> p.inlierCount() >= 15_000);
    }

    /** The colour label most of the plane's inliers carry. */
    private static int labelOf(PointCloud cloud, PlaneFit plane) {
        int[] votes = new int[5];
        for (int i : plane.inliers()) {
            votes[cloud.rgb()[i]]++;
        }
        int best = 0;
        for (int l = 1; l < votes.length; l++) {
            if (votes[l] > votes[best]) {
                best = l;
            }
        }
        assertThat(votes[best]).as("share of the dominant label").isGreaterThan(plane.inlierCount() * 9 / 10);
        return best;
    }
}
