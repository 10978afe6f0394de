package org.spatiallift.engine.perception.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.perception.detect.PixelBox;

/** The depth layer on hand-made depth samples, and overlaps of masks resolved by the nearer layer. */
class DepthLayerTest {

    private final List<float[]> samples = new ArrayList<>();

    @Test
    void nearestSubstantialPeakWinsOverALargerWallBehind() {
        add(1.20, 1.40, 800);
        // 40 % of the wall's peak density: less of the seat shows, but it is in front
        add(2.00, 2.10, 1000);

        DepthLayer layer = find(0.5);

        assertThat(layer.modeM()).isBetween(1.2, 1.4);
        assertThat(layer.nearM()).isCloseTo(1.2, within(0.03));
        assertThat(layer.farM()).isCloseTo(1.4, within(0.03));
    }

    @Test
    void smallPeakInFrontIsNotTheObject() {
        add(0.80, 0.82, 50);
        add(2.00, 2.30, 1000);

        DepthLayer layer = find(0.5);

        assertThat(layer.modeM()).isBetween(2.0, 2.3);
        assertThat(layer.contains(0.81)).isFalse();
    }

    @Test
    void layerGrowsAcrossContinuousDepthUntilTheCap() {
        add(1.00, 3.00, 2000);

        DepthLayer layer = find(0.3);

        assertThat(layer.farM() - layer.modeM()).isLessThanOrEqualTo(0.3 + 1e-9);
        assertThat(layer.modeM() - layer.nearM()).isLessThanOrEqualTo(0.3 + 1e-9);
    }

    @Test
    void nearerLayerWinsWhereMasksOverlap() {
        BoxRegion r = BoxRegion.of(new PixelBox(2, 2, 8, 8), 10, 10, 0.1, 1);
        byte[] all = new byte[r.width() * r.height()];
        Arrays.fill(all, (byte) 1);
        BoxMask far = new BoxMask(1, 0.9, r, all, new DepthLayer(3, 2.9, 3.1), MaskMethod.GRABCUT_AND_DEPTH);
        BoxMask near = new BoxMask(2, 0.5, r, all, new DepthLayer(1, 0.9, 1.1), MaskMethod.GRABCUT_AND_DEPTH);

        int[] ids = MaskCompositor.compose(List.of(near, far), 10, 10);

        assertThat(ids[5 * 10 + 5]).isEqualTo(2);
        assertThat(ids[0]).isZero();
    }

    /** n depths evenly from a to b metres, weight 1. */
    private void add(double a, double b, int n) {
        for (int i = 0; i < n; i++) {
            samples.add(new float[] {(float) (a + (b - a) * i / (n - 1.0)), 1f});
        }
    }

    private DepthLayer find(double halfCap) {
        float[] z = new float[samples.size()];
        float[] w = new float[samples.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = samples.get(i)[0];
            w[i] = samples.get(i)[1];
        }
        return DepthLayer.find(z, w, z.length, 0.02, 0.10, m -> halfCap);
    }
}
