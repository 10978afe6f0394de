package org.spatiallift.engine.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spatiallift.engine.tfjs.TinyGraph.b;
import static org.spatiallift.engine.tfjs.TinyGraph.i;
import static org.spatiallift.engine.tfjs.TinyGraph.list;
import static org.spatiallift.engine.tfjs.TinyGraph.s;
import static org.spatiallift.engine.tfjs.TinyGraph.strings;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OrtRun;

import ai.onnxruntime.OrtException;

/**
 * Each converted operator on a tiny graph, run on ONNX Runtime and compared with values worked out by hand. Inputs and
 * outputs are NHWC, as in TF; the comments give the hand computation.
 */
class TfjsToOnnxTest {

    private static final long[] ONE_BY_ONE = {1, 1, 1, 1};

    @Test
    void conv2dOneByOneMixesChannelsWithKernelInOutOrder() throws Exception {
        // x: 1x1x2x2 (two pixels, channels (1, 2) and (3, 4)); K[0][0][ci][co] = [[1, 10, 100], [2, 20, 200]]
        TinyGraph g = new TinyGraph().input("x", 1, 1, 2, 2)
                .constant("k", new long[] {1, 1, 2, 3}, 1, 10, 100, 2, 20, 200)
                .node("y", "Conv2D", List.of("x", "k"), "strides", list(1, 1, 1, 1), "padding", s("VALID"), "data_format", s("NHWC"));
        // y = x·K: (1·1 + 2·2, 1·10 + 2·20, ...) = (5, 50, 500); (3 + 8, 30 + 80, 300 + 800) = (11, 110, 1100)
        assertThat(run(g, "y", new float[] {1, 2, 3, 4}, 1, 1, 2, 2)).containsExactly(5, 50, 500, 11, 110, 1100);
    }

    @Test
    void fusedConvSameStrideTwoPadsAfterLikeTensorFlowThenBiasAndRelu6() throws Exception {
        // x: 4x4 single channel, values 1..16 row by row; 3x3 kernel of ones; stride 2, SAME:
        // out = ⌈4/2⌉ = 2, total padding = (2−1)·2 + 3 − 4 = 1 → 0 before, 1 after.
        float[] x = new float[16];
        for (int k = 0; k < 16; k++) {
            x[k] = k + 1;
        }
        float[] ones = new float[9];
        java.util.Arrays.fill(ones, 1f);
        TinyGraph g = new TinyGraph().input("x", 1, 4, 4, 1)
                .constant("k", new long[] {3, 3, 1, 1}, ones).constant("b", new long[] {1}, -60f)
                .node("y", "_FusedConv2D", List.of("x", "k", "b"), "strides", list(1, 2, 2, 1), "padding", s("SAME"),
                        "fused_ops", strings("BiasAdd", "Relu6"), "num_args", i(1));
        // windows: rows 0–2 × cols 0–2 → 1+2+3+5+6+7+9+10+11 = 54; rows 0–2 × cols 2–3 (+pad) → 3+4+7+8+11+12 = 45;
        // rows 2–3 × cols 0–2 → 9+10+11+13+14+15 = 72; rows 2–3 × cols 2–3 → 11+12+15+16 = 54
        // minus 60, clipped to [0, 6]: 0, 0, 6, 0
        assertThat(run(g, "y", x, 1, 4, 4, 1)).containsExactly(0, 0, 6, 0);
    }

    @Test
    void depthwiseConvKeepsChannelsApartWithFusedBiasAndRelu() throws Exception {
        // x: 1x1x3x2 (3 pixels in a row, 2 channels); kernel 1x3 per channel: ch0 [1, 1, 1], ch1 [0, 1, −1]; SAME
        // K[0][kx][c][0] laid out [kh=1][kw=3][ci=2][m=1]: (1, 0), (1, 1), (1, −1)
        TinyGraph g = new TinyGraph().input("x", 1, 1, 3, 2)
                .constant("k", new long[] {1, 3, 2, 1}, 1, 0, 1, 1, 1, -1).constant("b", new long[] {2}, 0, 1)
                .node("y", "FusedDepthwiseConv2dNative", List.of("x", "k", "b"), "strides", list(1, 1, 1, 1),
                        "padding", s("SAME"), "fused_ops", strings("BiasAdd", "Relu"), "num_args", i(1));
        // ch0 = 1,2,3 → sums with zero padding: 3, 6, 5; ch1 = 10,20,30 → x[j] − x[j+1] + 1: −9, −9, 31 → Relu 0, 0, 31
        assertThat(run(g, "y", new float[] {1, 10, 2, 20, 3, 30}, 1, 1, 3, 2)).containsExactly(3, 0, 6, 0, 5, 31);
    }

    @Test
    void binaryOpsBroadcastPerChannelConstantsAndScalarsOnChannelsFirstValues() throws Exception {
        // a 1x1 conv with an identity kernel makes the value channels-first inside; then (y + [1, 2])·0.5 − y
        TinyGraph g = new TinyGraph().input("x", 1, 1, 2, 2)
                .constant("k", new long[] {1, 1, 2, 2}, 1, 0, 0, 1).constant("c", new long[] {2}, 1, 2)
                .constant("half", new long[0], 0.5f)
                .node("y", "Conv2D", List.of("x", "k"), "strides", list(1, 1, 1, 1), "padding", s("VALID"))
                .node("p", "AddV2", List.of("y", "c")).node("q", "Mul", List.of("half", "p")).node("r", "Sub", List.of("q", "y"));
        // x = (4, 8), (−2, 0): (4+1)/2 − 4 = −1.5, (8+2)/2 − 8 = −3; (−2+1)/2 + 2 = 1.5, (0+2)/2 − 0 = 1
        assertThat(run(g, "r", new float[] {4, 8, -2, 0}, 1, 1, 2, 2)).containsExactly(-1.5f, -3f, 1.5f, 1f);
    }

    @Test
    void hardSwishPatternRelu6AndSigmoid() throws Exception {
        // hard swish as MobileNetV3 writes it: x · (1/6) · Relu6(x + 3); then Sigmoid
        TinyGraph g = new TinyGraph().input("x", 1, 1, 1, 4).constant("three", new long[0], 3).constant("sixth", new long[0], 1f / 6)
                .node("m", "Mul", List.of("sixth", "x")).node("a", "Add", List.of("x", "three")).node("r6", "Relu6", List.of("a"))
                .node("hs", "Mul", List.of("m", "r6")).node("sg", "Sigmoid", List.of("hs"));
        // x = −4, −1, 1, 4 → x + 3 = −1, 2, 4, 7 → Relu6 0, 2, 4, 6 → hs = 0, −1/3, 2/3, 4
        float[] hs = run(g, "hs", new float[] {-4, -1, 1, 4}, 1, 1, 1, 4);
        assertThat(hs[0]).isZero();
        assertThat(hs[1]).isCloseTo(-1f / 3, within(1e-6f));
        assertThat(hs[2]).isCloseTo(2f / 3, within(1e-6f));
        assertThat(hs[3]).isCloseTo(4f, within(1e-6f));
        float[] sg = run(g, "sg", new float[] {-4, -1, 1, 4}, 1, 1, 1, 4);
        assertThat(sg[3]).isCloseTo((float) (1 / (1 + Math.exp(-4))), within(1e-6f));
    }

    @Test
    void meanOverHeightAndWidthKeepsDimsPerChannel() throws Exception {
        TinyGraph g = channelsFirst(new TinyGraph().input("x", 1, 2, 2, 2), "x", 2)
                .ints("axes", new long[] {2}, 1, 2)
                .node("m", "Mean", List.of("cf", "axes"), "keep_dims", b(true));
        // channel 0: 1, 3, 5, 7 → 4; channel 1: 2, 4, 6, 8 → 5
        assertThat(run(g, "m", new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 2, 2, 2)).containsExactly(4, 5);
    }

    @Test
    void concatAlongChannelsOfTwoImageTensors() throws Exception {
        TinyGraph g = channelsFirst(new TinyGraph().input("x", 1, 1, 2, 1), "x", 1)
                .constant("two", new long[0], 2).node("d", "Mul", List.of("cf", "two"))
                .ints("axis", new long[0], 3).node("c", "ConcatV2", List.of("cf", "d", "axis"), "N", i(2));
        // pixels 1 and 5 → (1, 2), (5, 10)
        assertThat(run(g, "c", new float[] {1, 5}, 1, 1, 2, 1)).containsExactly(1, 2, 5, 10);
    }

    @Test
    void resizeBilinearWithoutHalfPixelCentresSamplesAtXTimesInOverOut() throws Exception {
        // 1x2 → 1x4, TF default (asymmetric): source x = 0, 0.5, 1, 1.5 → clamped at the edge: 0, 5, 10, 10
        TinyGraph g = channelsFirst(new TinyGraph().input("x", 1, 1, 2, 1), "x", 1)
                .ints("size", new long[] {2}, 1, 4)
                .node("r", "ResizeBilinear", List.of("cf", "size"), "align_corners", b(false), "half_pixel_centers", b(false));
        assertThat(run(g, "r", new float[] {0, 10}, 1, 1, 2, 1)).containsExactly(0, 5, 10, 10);
    }

    @Test
    void maxPoolThreeByThreeSameFindsNeighbourhoodMaxima() throws Exception {
        // 1x4 row 3, 1, 0, 2 → 3x3 SAME max over x−1..x+1: 3, 3, 2, 2
        TinyGraph g = new TinyGraph().input("x", 1, 1, 4, 1)
                .node("p", "MaxPool", List.of("x"), "ksize", list(1, 3, 3, 1), "strides", list(1, 1, 1, 1), "padding", s("SAME"));
        assertThat(run(g, "p", new float[] {3, 1, 0, 2}, 1, 1, 4, 1)).containsExactly(3, 3, 2, 2);
    }

    @Test
    void reshapeAndTransposeRunInTensorFlowOrder() throws Exception {
        // NHWC 1x1x2x3 [[a b c] [d e f]] → reshape [2, 3] → transpose [1, 0] → [[a d] [b e] [c f]]
        TinyGraph g = channelsFirst(new TinyGraph().input("x", 1, 1, 2, 3), "x", 3)
                .ints("shape", new long[] {2}, -1, 3).node("r", "Reshape", List.of("cf", "shape"))
                .ints("perm", new long[] {2}, 1, 0).node("t", "Transpose", List.of("r", "perm"));
        assertThat(run(g, "t", new float[] {1, 2, 3, 4, 5, 6}, 1, 1, 2, 3)).containsExactly(1, 4, 2, 5, 3, 6);
    }

    @Test
    void unsupportedOperatorIsNamedWithItsNode() {
        TinyGraph g = new TinyGraph().input("x", 1, 1, 1, 1).node("weird", "Erf", List.of("x"));
        assertThatThrownBy(() -> TfjsToOnnx.convert(g.build(), List.of("weird"), "t"))
                .isInstanceOf(TfjsConversionException.class).hasMessageContaining("Erf (weird)");
    }

    @Test
    void fusedBatchNormIsRefusedNotMisread() {
        TinyGraph g = new TinyGraph().input("x", 1, 1, 1, 1).constant("k", ONE_BY_ONE, 1)
                .node("y", "_FusedConv2D", List.of("x", "k"), "fused_ops", strings("FusedBatchNorm"), "num_args", i(4),
                        "padding", s("SAME"));
        assertThatThrownBy(() -> TfjsToOnnx.convert(g.build(), List.of("y"), "t")).hasMessageContaining("FusedBatchNorm");
    }

    @Test
    void onlyTheNodesTheOutputsNeedAreConverted() throws Exception {
        TinyGraph g = new TinyGraph().input("x", 1, 1, 1, 1).node("keep", "Relu", List.of("x")).node("drop", "Erf", List.of("x"));
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of("keep"), "t");
        assertThat(m.nodes()).extracting(n -> n.opType()).doesNotContain("Erf");
        assertThat(m.outputs().get(0).shape()).containsExactly(1, 1, 1, 1);
    }

    /** Adds a 1x1 identity convolution "cf" so that the value is channels-first inside the ONNX graph. */
    private static TinyGraph channelsFirst(TinyGraph g, String in, int channels) {
        float[] eye = new float[channels * channels];
        for (int c = 0; c < channels; c++) {
            eye[c * channels + c] = 1;
        }
        return g.constant("eye", new long[] {1, 1, channels, channels}, eye)
                .node("cf", "Conv2D", List.of(in, "eye"), "strides", list(1, 1, 1, 1), "padding", s("VALID"));
    }

    private static float[] run(TinyGraph g, String output, float[] x, long... shape) throws TfjsConversionException, OrtException {
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of(output), "tiny");
        return OrtRun.run(m, Map.of("x", new OrtRun.Input(x, shape))).get(output);
    }
}
