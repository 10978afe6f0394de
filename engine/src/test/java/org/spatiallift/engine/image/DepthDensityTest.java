package org.spatiallift.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.testing.SharedData;

class DepthDensityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            other_formats/TUM_color.png, other_formats/TUM_depth.png, tum
            other_formats/SUN_color.jpg, other_formats/SUN_depth.png, sun
            other_formats/NYU_color.ppm, other_formats/NYU_depth.pgm, nyu-raw
            color/00000.jpg,             depth/00000.png,             png16
            """)
    void realKinectFramesAreDense(String color, String depth, String format) throws Exception {
        DepthImage d = RgbdLoader.load(RgbdRequest.of(SharedData.rgbd(color), SharedData.rgbd(depth))
                .withFormat(DepthFormat.fromCliName(format), null)).input().depth();

        DepthDensity density = DepthDensity.of(d);

        assertThat(density.sparse()).as(density.describe()).isFalse();
        assertThat(density.minimumPoints(30)).isEqualTo(30);
    }

    @Test
    void scanRowsEveryFourthLineAreSparse() {
        float[] z = new float[100 * 80];
        for (int v = 40; v < 80; v += 4) {
            for (int u = 0; u < 100; u += 2) {
                z[v * 100 + u] = 20f;
            }
        }

        DepthDensity density = DepthDensity.of(new DepthImage(100, 80, z));

        assertThat(density.validShare()).isEqualTo(0.0625);
        assertThat(density.scatteredShare()).isEqualTo(1.0);
        assertThat(density.sparse()).isTrue();
        assertThat(density.minimumPoints(30)).isEqualTo(DepthDensity.SPARSE_MIN_POINTS);
        assertThat(density.describe()).startsWith("sparse depth (6.3 % of pixels have depth");
    }

    @Test
    void fewPixelsWithDepthInOneSolidBlockAreNotSparse() {
        // a close object fills a corner, the rest is beyond range or a window: holes, not a scan
        float[] z = new float[100 * 80];
        for (int v = 0; v < 30; v++) {
            for (int u = 0; u < 30; u++) {
                z[v * 100 + u] = 1f;
            }
        }

        DepthDensity density = DepthDensity.of(new DepthImage(100, 80, z));

        assertThat(density.validShare()).isLessThan(DepthDensity.MAX_SPARSE_SHARE);
        assertThat(density.sparse()).as(density.describe()).isFalse();
    }
}
