package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Peak finding, ranking, threshold and box mapping of the CenterNet decoder on hand-made 4x4 heat maps. */
class CenterNetDecoderTest {

    private static final List<String> LABELS = List.of("cat", "dog");

    /** A 4x4 map with two classes and every size (l, t, r, b) = (2, 3, 4, 5). */
    private static HeatMap map(float[][] cls0, float[][] cls1) {
        float[] heat = new float[4 * 4 * 2];
        float[] sizes = new float[4 * 4 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                heat[(y * 4 + x) * 2] = cls0[y][x];
                heat[(y * 4 + x) * 2 + 1] = cls1[y][x];
                for (int k = 0; k < 4; k++) {
                    sizes[(y * 4 + x) * 4 + k] = 2 + k;
                }
            }
        }
        return HeatMap.of(heat, sizes, 4, 4, 2);
    }

    private static final float[][] ZERO = new float[4][4];

    @Test
    void peaksAreThreeByThreeMaximaAndBoxesComeFromTheSizeHead() {
        float[][] c0 = {
            {0.9f, 0.5f, 0.1f, 0.1f},
            {0.5f, 0.4f, 0.1f, 0.1f},
            {0.1f, 0.1f, 0.1f, 0.1f},
            {0.1f, 0.1f, 0.1f, 0.7f},
        };
        List<Detection> d = new CenterNetDecoder(4, 100, LABELS).decode(map(c0, ZERO), 0.3, 1, 1, 1000, 1000);

        // 0.5 at (1, 0) and (0, 1) are next to 0.9: not peaks; the peaks are 0.9 at (0, 0) and 0.7 at (3, 3)
        assertThat(d).extracting(Detection::score).containsExactly(0.9f * 1.0, 0.7f * 1.0);
        assertThat(d.get(0).label()).isEqualTo("cat");
        // cell (3, 3), stride 4: centre (12, 12); box [12 − 2, 12 − 3, 12 + 4, 12 + 5]
        PixelBox b = d.get(1).box();
        assertThat(new double[] {b.x0(), b.y0(), b.x1(), b.y1()}).containsExactly(10, 9, 16, 17);
    }

    @Test
    void equalNeighboursAreBothPeaksLikeTheGraphsEqualTest() {
        float[][] c1 = {
            {0.6f, 0.6f, 0, 0},
            {0, 0, 0, 0},
            {0, 0, 0, 0},
            {0, 0, 0, 0},
        };
        List<Detection> d = new CenterNetDecoder(4, 100, LABELS).decode(map(ZERO, c1), 0.5, 1, 1, 100, 100);

        assertThat(d).hasSize(2).allSatisfy(x -> assertThat(x.label()).isEqualTo("dog"));
        // ties in score keep the lower flat index first: (0, 0) before (1, 0)
        assertThat(d.get(0).box().centerX()).isLessThan(d.get(1).box().centerX());
    }

    @Test
    void topKKeepsTheBestPeaksAcrossClassesBestFirst() {
        float[][] c0 = {{0.2f, 0, 0.4f, 0}, {0, 0, 0, 0}, {0.3f, 0, 0.8f, 0}, {0, 0, 0, 0}};
        float[][] c1 = {{0, 0, 0, 0}, {0, 0.5f, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0.6f}};
        List<Detection> d = new CenterNetDecoder(4, 3, LABELS).decode(map(c0, c1), 0, 1, 1, 100, 100);

        assertThat(d).extracting(Detection::score).containsExactly((double) 0.8f, (double) 0.6f, (double) 0.5f);
        assertThat(d).extracting(Detection::label).containsExactly("cat", "dog", "dog");
    }

    @Test
    void boxesScaleToTheImageAndClipToItsEdges() {
        float[][] c0 = {{0.9f, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        // input 16x16 shown as a 32x8 image: sx = 2, sy = 0.5; cell (0, 0): box [−2, −3, 4, 5] → [−4, −1.5, 8, 2.5] → clipped
        Detection d = new CenterNetDecoder(4, 100, LABELS).decode(map(c0, ZERO), 0.5, 2, 0.5, 32, 8).get(0);

        assertThat(d.box().x0()).isZero();
        assertThat(d.box().y0()).isZero();
        assertThat(d.box().x1()).isCloseTo(8, within(1e-9));
        assertThat(d.box().y1()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void thresholdDropsWeakPeaks() {
        float[][] c0 = {{0.29f, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0.31f}, {0, 0, 0, 0}};
        assertThat(new CenterNetDecoder(4, 100, LABELS).decode(map(c0, ZERO), 0.3, 1, 1, 16, 16))
                .extracting(Detection::score).containsExactly((double) 0.31f);
    }
}
