package org.spatiallift.engine.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.testing.CloudBuilder;

class StatisticalOutlierFilterTest {

    @Test
    void filterDropsPlantedOutliersAndKeepsTheSurface() {
        CloudBuilder builder = new CloudBuilder(5)
                .rectangle(new Vec3(0, 1, 2), Vec3.UNIT_X, Vec3.UNIT_Z, 2, 2, 0.02, 0.002, 0x808080);
        int surface = builder.size();
        builder.add(0.3, 0.6, 2.1, 0xFF0000).add(-0.5, 1.4, 1.5, 0xFF0000).add(0.8, 0.5, 2.9, 0xFF0000)
                .add(0.0, 0.8, 2.0, 0xFF0000).add(-0.9, 1.3, 1.2, 0xFF0000);
        PointCloud cloud = builder.build(CoordinateFrame.CAMERA);

        FilteredCloud result = new StatisticalOutlierFilter(20, 2.0).filter(cloud);

        assertThat(result.keptIndices()).doesNotContain(surface, surface + 1, surface + 2, surface + 3, surface + 4);
        assertThat(result.cloud().rgb()).doesNotContain(0xFF0000);
        assertThat(result.removed()).isGreaterThanOrEqualTo(5);
        assertThat(result.cloud().size()).isGreaterThan((int) (0.95 * surface));
        assertThat(result.keptIndices()).isSorted();
        for (int k = 0; k < result.cloud().size(); k++) {
            assertThat(result.cloud().point(k)).isEqualTo(cloud.point(result.keptIndices()[k]));
        }
    }

    @Test
    void filterKeepsEverythingWhenCloudIsNotLargerThanK() {
        PointCloud cloud = new CloudBuilder(1).add(0, 0, 0, 0).add(9, 9, 9, 0).build(CoordinateFrame.CAMERA);

        FilteredCloud result = new StatisticalOutlierFilter(5, 1.0).filter(cloud);

        assertThat(result.removed()).isZero();
        assertThat(result.keptIndices()).containsExactly(0, 1);
    }
}
