package org.spatiallift.engine.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.testing.CloudBuilder;

class SpatialGridTest {

    private static PointCloud clusteredCloud() {
        return new CloudBuilder(11)
                .uniform(new Vec3(0, 0, 0), new Vec3(1, 1, 0.05), 3000, 0)
                .uniform(new Vec3(2, 2, 2), new Vec3(2.2, 2.2, 2.2), 500, 0)
                .add(5, -3, 1, 0)
                .build(CoordinateFrame.CAMERA);
    }

    @Test
    void nearestMatchesBruteForceForEveryCellSize() {
        PointCloud cloud = clusteredCloud();
        int k = 8;
        for (double cell : new double[] {0.01, 0.05, 0.3, 2.0}) {
            SpatialGrid grid = SpatialGrid.build(cloud.xyz(), cloud.size(), cell);
            int[] idx = new int[k];
            double[] dist = new double[k];
            for (int q = 0; q < cloud.size(); q += 37) {
                int found = grid.nearest(q, k, idx, dist);

                double[] expected = bruteForceDistances(cloud, q);
                assertThat(found).isEqualTo(k);
                for (int t = 0; t < k; t++) {
                    assertThat(dist[t]).isCloseTo(expected[t], within(1e-9));
                    assertThat(idx[t]).isNotEqualTo(q);
                }
            }
            // The isolated point: its neighbours are far away, found by growing rings.
            int found = grid.nearest(cloud.size() - 1, k, idx, dist);
            assertThat(found).isEqualTo(k);
            assertThat(dist[0]).isCloseTo(bruteForceDistances(cloud, cloud.size() - 1)[0], within(1e-9));
        }
    }

    @Test
    void radiusSearchMatchesBruteForce() {
        PointCloud cloud = clusteredCloud();
        SpatialGrid grid = SpatialGrid.build(cloud.xyz(), cloud.size(), 0.05);
        IntList out = new IntList();
        for (int query = 0; query < cloud.size(); query += 41) {
            int q = query;
            out.clear();
            grid.radiusSearch(cloud.x(q), cloud.y(q), cloud.z(q), 0.07, out);

            int[] found = out.toArray();
            Arrays.sort(found);
            int[] expected = IntStream.range(0, cloud.size())
                    .filter(i -> cloud.point(i).distanceTo(cloud.point(q)) <= 0.07).toArray();
            assertThat(found).containsExactly(expected);
        }
    }

    @Test
    void nearestReturnsFewerThanKWhenCloudIsSmall() {
        PointCloud cloud = new CloudBuilder(1).add(0, 0, 0, 0).add(1, 0, 0, 0).add(0, 2, 0, 0).build(CoordinateFrame.CAMERA);
        SpatialGrid grid = SpatialGrid.build(cloud.xyz(), cloud.size(), 0.1);

        int[] idx = new int[5];
        double[] dist = new double[5];
        int found = grid.nearest(0, 5, idx, dist);

        assertThat(found).isEqualTo(2);
        assertThat(idx[0]).isEqualTo(1);
        assertThat(dist[1]).isCloseTo(2.0, within(1e-6));
    }

    private static double[] bruteForceDistances(PointCloud cloud, int q) {
        return IntStream.range(0, cloud.size()).filter(i -> i != q)
                .mapToDouble(i -> Math.sqrt(sq((double) cloud.x(i) - cloud.x(q)) + sq((double) cloud.y(i) - cloud.y(q))
                        + sq((double) cloud.z(i) - cloud.z(q))))
                .sorted().toArray();
    }

    private static double sq(double v) {
        return v * v;
    }
}
