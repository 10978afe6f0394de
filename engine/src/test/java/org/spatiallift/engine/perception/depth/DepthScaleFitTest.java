package org.spatiallift.engine.perception.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

/** The scale step of relative depth: exact recovery of a known scale and shift, sparse references, no invention. */
class DepthScaleFitTest {

    @Test
    void leastSquaresRecoversScaleAndShiftFromSparseSensorDepth() {
        int w = 20;
        int h = 10;
        float[] r = new float[w * h];
        float[] zTrue = new float[w * h];
        float[] zRef = new float[w * h];
        for (int i = 0; i < r.length; i++) {
            r[i] = 1 + i * 0.05f;
            zTrue[i] = (float) (1 / (0.3 * r[i] + 0.1)); // 1/z = 0.3·r + 0.1
            zRef[i] = i % 7 == 0 ? zTrue[i] : 0; // sparse sensor, 0 = no reading
        }
        DepthPrediction rel = new DepthPrediction(DepthKind.RELATIVE_INVERSE, w, h, r, new PhaseTimings(0, 0, 0), null);

        ScaleShift fit = DepthScaleFit.againstDepth(rel, new DepthImage(w, h, zRef));
        DepthImage metric = DepthScaleFit.apply(rel, fit);

        assertThat(fit.scale()).isCloseTo(0.3, offset(1e-5));
        assertThat(fit.shift()).isCloseTo(0.1, offset(1e-5));
        assertThat(fit.samples()).isEqualTo((w * h + 6) / 7);
        assertThat(metric.at(3, 5)).isCloseTo(zTrue[5 * w + 3], offset(1e-4f));
    }

    @Test
    void knownDistanceGivesScaleOnly() {
        float[] r = {2, 2, 4, 4};
        DepthPrediction rel = new DepthPrediction(DepthKind.RELATIVE_INVERSE, 2, 2, r, new PhaseTimings(0, 0, 0), null);

        ScaleShift fit = DepthScaleFit.againstKnownDistance(rel, new boolean[] {true, true, false, false}, 1.5);

        assertThat(fit.metres(2)).isCloseTo(1.5f, offset(1e-6f));
        assertThat(fit.metres(4)).isCloseTo(0.75f, offset(1e-6f));
    }

    @Test
    void noReferenceNoDepth() {
        DepthPrediction rel = new DepthPrediction(DepthKind.RELATIVE_INVERSE, 2, 1, new float[] {1, 2}, new PhaseTimings(0, 0, 0), null);
        assertThatThrownBy(() -> DepthScaleFit.againstDepth(rel, new DepthImage(2, 1, new float[2])))
                .hasMessageContaining("0 valid pixels");
        assertThat(new ScaleShift(-1, 0, 0, 2).metres(1)).isZero();
    }
}
