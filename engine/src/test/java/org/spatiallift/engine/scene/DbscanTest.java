package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.testing.CloudBuilder;

class DbscanTest {

    @Test
    void clusterSeparatesAnObjectFromABleedPatchAndNoise() {
        // A 30 cm box surface at 1 cm spacing, a 10 cm patch of "bleed" 60 cm behind it, two isolated points.
        CloudBuilder b = new CloudBuilder(1).box(0, 0, 0, 0.3, 0.2, 0.25, 20, 0.01, 1);
        int object = b.size();
        b.rectangle(new Vec3(0, 0.8, 0.1), Vec3.UNIT_X, Vec3.UNIT_Z, 0.1, 0.1, 0.01, 0, 2);
        int bleed = b.size() - object;
        b.add(1, 1, 1, 3).add(-1, 2, 0.5, 3);
        PointCloud cloud = b.build(CoordinateFrame.CANONICAL);

        Clusters clusters = new Dbscan(0.05, 5).cluster(cloud.xyz(), cloud.size());

        assertThat(clusters.count()).isEqualTo(2);
        int largest = clusters.largest();
        assertThat(clusters.sizes()[largest]).isEqualTo(object);
        for (int i = 0; i < cloud.size(); i++) {
            int expected = cloud.rgb()[i] == 1 ? largest : cloud.rgb()[i] == 2 ? 1 - largest : Dbscan.NOISE;
            assertThat(clusters.labels()[i]).as("point %d", i).isEqualTo(expected);
        }
        assertThat(clusters.sizes()[1 - largest]).isEqualTo(bleed);
    }

    @Test
    void clusterJoinsBorderPointsToTheCluster() {
        // A dense line 1 cm apart (core points) and one point 4 cm past its end: within eps of one core point only.
        CloudBuilder b = new CloudBuilder(1);
        for (int i = 0; i < 20; i++) {
            b.add(i * 0.01, 0, 0, 0);
        }
        b.add(0.19 + 0.04, 0, 0, 0);
        PointCloud cloud = b.build(CoordinateFrame.CANONICAL);

        Clusters clusters = new Dbscan(0.045, 4).cluster(cloud.xyz(), cloud.size());

        assertThat(clusters.count()).isEqualTo(1);
        assertThat(clusters.labels()).containsOnly(0);
        assertThat(clusters.sizes()).containsExactly(21);
    }

    @Test
    void clusterOfSparsePointsIsAllNoise() {
        PointCloud cloud = new CloudBuilder(1).add(0, 0, 0, 0).add(1, 0, 0, 0).add(0, 1, 0, 0).build(CoordinateFrame.CANONICAL);

        Clusters clusters = new Dbscan(0.1, 2).cluster(cloud.xyz(), cloud.size());

        assertThat(clusters.count()).isZero();
        assertThat(clusters.largest()).isEqualTo(-1);
        assertThat(clusters.labels()).containsOnly(Dbscan.NOISE);
    }

    @Test
    void clusterMatchesBruteForceDbscanOnRandomBlobs() {
        CloudBuilder b = new CloudBuilder(12);
        for (int blob = 0; blob < 6; blob++) {
            double cx = blob * 0.35, cy = (blob % 2) * 0.3;
            for (int i = 0; i < 150; i++) {
                b.add(cx + 0.05 * b.gaussian(), cy + 0.05 * b.gaussian(), 0.04 * b.gaussian(), 0);
            }
        }
        b.uniform(new Vec3(-0.5, -0.5, -0.3), new Vec3(2.3, 0.8, 0.3), 300, 0);
        PointCloud cloud = b.build(CoordinateFrame.CANONICAL);
        double eps = 0.04;
        int minPts = 6;

        Clusters clusters = new Dbscan(eps, minPts).cluster(cloud.xyz(), cloud.size());

        int n = cloud.size();
        boolean[] core = new boolean[n];
        for (int p = 0; p < n; p++) {
            int count = 0;
            for (int q = 0; q < n; q++) {
                count += cloud.point(p).distanceTo(cloud.point(q)) <= eps ? 1 : 0;
            }
            core[p] = count >= minPts;
        }
        // Core points: same cluster in the grid result exactly when connected by eps-steps through core points.
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int components = 0;
        for (int p = 0; p < n; p++) {
            if (!core[p] || component[p] >= 0) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(p));
            component[p] = components;
            while (!queue.isEmpty()) {
                int q = queue.poll();
                for (int r = 0; r < n; r++) {
                    if (core[r] && component[r] < 0 && cloud.point(q).distanceTo(cloud.point(r)) <= eps) {
                        component[r] = components;
                        queue.add(r);
                    }
                }
            }
            components++;
        }
        assertThat(clusters.count()).isEqualTo(components).isGreaterThan(3);
        int[] clusterOfComponent = new int[components];
        Arrays.fill(clusterOfComponent, -1);
        for (int p = 0; p < n; p++) {
            if (core[p]) {
                if (clusterOfComponent[component[p]] < 0) {
                    clusterOfComponent[component[p]] = clusters.labels()[p];
                }
                assertThat(clusters.labels()[p]).as("core point %d", p).isEqualTo(clusterOfComponent[component[p]]);
            } else {
                int label = clusters.labels()[p];
                boolean nearCoreOfLabel = false;
                boolean nearAnyCore = false;
                for (int q = 0; q < n; q++) {
                    if (core[q] && cloud.point(p).distanceTo(cloud.point(q)) <= eps) {
                        nearAnyCore = true;
                        nearCoreOfLabel |= clusters.labels()[q] == label;
                    }
                }
                assertThat(label == Dbscan.NOISE).as("point %d is noise", p).isEqualTo(!nearAnyCore);
                assertThat(label == Dbscan.NOISE || nearCoreOfLabel).as("border point %d", p).isTrue();
            }
        }
    }
}
