package org.spatiallift.engine.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.testing.CloudBuilder;

class VoxelGridTest {

    @Test
    void downsampleAveragesPositionsAndColoursPerVoxel() {
        // Minimum corner (0, 0, 0), voxel 0.1: the grid starts at -0.05, so [-0.05, 0.05) is voxel 0.
        PointCloud cloud = new CloudBuilder(1)
                .add(0.00, 0.00, 0.00, 0x102030)
                .add(0.30, 0.30, 0.30, 0xFFFFFF)
                .add(0.02, 0.04, 0.01, 0x305070)
                .add(0.32, 0.28, 0.30, 0x000000)
                .build(CoordinateFrame.CAMERA);

        PointCloud voxels = VoxelGrid.downsample(cloud, 0.1);

        assertThat(voxels.size()).isEqualTo(2);
        assertThat(voxels.frame()).isEqualTo(CoordinateFrame.CAMERA);
        assertThat((double) voxels.x(0)).isCloseTo(0.01, within(1e-6));
        assertThat((double) voxels.y(0)).isCloseTo(0.02, within(1e-6));
        assertThat((double) voxels.z(0)).isCloseTo(0.005, within(1e-6));
        assertThat(voxels.rgb()[0]).isEqualTo(0x203850);
        assertThat(voxels.pixel()[0]).isZero();
        assertThat((double) voxels.x(1)).isCloseTo(0.31, within(1e-6));
        assertThat(voxels.rgb()[1]).isEqualTo(0x808080);
        assertThat(voxels.pixel()[1]).isEqualTo(1);
    }

    @Test
    void downsampleIsDeterministicInOrderOfFirstPoint() {
        PointCloud cloud = new CloudBuilder(7).uniform(new Vec3(-2, -1, 0.5), new Vec3(2, 1, 4), 50_000, 0x808080)
                .build(CoordinateFrame.CAMERA);

        PointCloud a = VoxelGrid.downsample(cloud, 0.05);
        PointCloud b = VoxelGrid.downsample(cloud, 0.05);

        assertThat(a.xyz()).containsExactly(b.xyz());
        assertThat(a.pixel()).containsExactly(b.pixel());
        assertThat(a.pixel()).isSorted();
    }

    @Test
    void downsampleMatchesBruteForceVoxelMeansOnRandomCloud() {
        // 200k points, most in their own 1 cm voxel: the key table has to grow several times.
        PointCloud cloud = new CloudBuilder(3).uniform(new Vec3(-3, -2, 0.3), new Vec3(3, 2, 6), 200_000, 0)
                .build(CoordinateFrame.CAMERA);
        double voxel = 0.01;

        PointCloud voxels = VoxelGrid.downsample(cloud, voxel);

        List<double[]> expected = bruteForceMeans(cloud, voxel);
        assertThat(voxels.size()).isEqualTo(expected.size());
        for (int v = 0; v < voxels.size(); v++) {
            assertThat((double) voxels.x(v)).isCloseTo(expected.get(v)[0], within(1e-6));
            assertThat((double) voxels.y(v)).isCloseTo(expected.get(v)[1], within(1e-6));
            assertThat((double) voxels.z(v)).isCloseTo(expected.get(v)[2], within(1e-6));
        }
    }

    @Test
    void downsampleOfEmptyCloudIsEmpty() {
        assertThat(VoxelGrid.downsample(PointCloud.empty(CoordinateFrame.CANONICAL), 0.02).size()).isZero();
    }

    /** Voxel means in order of first point, with a boxed map: the obvious implementation to compare against. */
    private static List<double[]> bruteForceMeans(PointCloud cloud, double voxel) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < cloud.size(); i++) {
            min[0] = Math.min(min[0], cloud.x(i));
            min[1] = Math.min(min[1], cloud.y(i));
            min[2] = Math.min(min[2], cloud.z(i));
        }
        Map<List<Long>, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < cloud.size(); i++) {
            List<Long> key = List.of((long) Math.floor((cloud.x(i) - min[0] + voxel / 2) / voxel),
                    (long) Math.floor((cloud.y(i) - min[1] + voxel / 2) / voxel),
                    (long) Math.floor((cloud.z(i) - min[2] + voxel / 2) / voxel));
            double[] s = sums.computeIfAbsent(key, k -> new double[4]);
            s[0] += cloud.x(i);
            s[1] += cloud.y(i);
            s[2] += cloud.z(i);
            s[3]++;
        }
        List<double[]> means = new ArrayList<>();
        for (double[] s : sums.values()) {
            means.add(new double[] {s[0] / s[3], s[1] / s[3], s[2] / s[3]});
        }
        return means;
    }
}
