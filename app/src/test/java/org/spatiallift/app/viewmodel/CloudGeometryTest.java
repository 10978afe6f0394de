package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CloudGeometryTest {

    @Test
    void buildKeepsPointsAndMeasuresTheirBounds() {
        int n = 300_000;
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = i % 1000 * 0.01f;
            xyz[3 * i + 1] = i / 1000 * 0.01f;
        }

        CloudData c = CloudGeometry.build(xyz, n, n, 0.01f);

        assertThat(c.xyz()).isSameAs(xyz);
        assertThat(c.count()).isEqualTo(n);
        assertThat(c.pointSizeM()).isEqualTo(0.01f);
        assertThat(c.bounds()).containsExactly(0, 9.99f, 0, 2.99f, 0, 0);
    }

    @Test
    void frameBoundsIgnoreOnePercentOfStrayFarPoints() {
        int n = 100_000;
        float[] xyz = new float[3 * n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            boolean stray = i % 100 == 37;
            xyz[3 * i] = stray ? 40 + random.nextFloat() * 10 : random.nextFloat();
            xyz[3 * i + 1] = stray ? -30 - random.nextFloat() * 10 : 2 + random.nextFloat();
            xyz[3 * i + 2] = stray ? 15 : random.nextFloat() * 0.5f;
        }

        CloudData c = CloudGeometry.build(xyz, n, n, 0.01f);

        assertThat(c.bounds()[1]).as("the full bounds reach the stray points").isGreaterThan(40);
        double[] f = c.frameBounds();
        assertThat(f[0]).isBetween(0.0, 0.05);
        assertThat(f[1]).isBetween(0.95, 1.0);
        assertThat(f[2]).isBetween(2.0, 2.05);
        assertThat(f[3]).isBetween(2.95, 3.0);
        assertThat(f[4]).isBetween(0.0, 0.025);
        assertThat(f[5]).isBetween(0.475, 0.5);
    }

    @Test
    void frameBoundsOfAFlatCloudStayFlat() {
        CloudData c = CloudGeometry.build(new float[] {0, 1, 0, 2, 3, 0, 1, 2, 0}, 3, 3, 0.01f);

        assertThat(c.frameBounds()).containsExactly(0, 2, 1, 3, 0, 0);
    }

    @Test
    void spreadPicksOnePerBlockInOrder() {
        int[] s = CloudGeometry.spread(1000, 100);

        assertThat(s).isSorted();
        for (int k = 0; k < 100; k++) {
            assertThat(s[k]).isBetween(10 * k, 10 * k + 9);
        }
        assertThat(Arrays.stream(s).distinct().count()).isEqualTo(100);
    }

    @Test
    void coloursAreOpaqueArgbPerDrawnPoint() {
        CloudData c = CloudGeometry.build(new float[] {0, 0, 0, 1, 1, 1}, 2, 2, 0.01f);

        CloudColours colours = CloudGeometry.colours(ColourMode.RGB, new int[] {0xFF0000, 0x0000FF}, c, null);

        assertThat(colours.argb()).containsExactly(0xFFFF0000, 0xFF0000FF);
    }
}
