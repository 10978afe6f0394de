package org.spatiallift.engine.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spatiallift.engine.tfjs.TinyGraph.b;
import static org.spatiallift.engine.tfjs.TinyGraph.i;
import static org.spatiallift.engine.tfjs.TinyGraph.type;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OrtRun;

import ai.onnxruntime.OrtException;

/**
 * The decoding tail's operators (Equal, Cast, FloorDiv, FloorMod, TopKV2, ExpandDims, GatherV2, StridedSlice) on tiny
 * graphs against hand computations. Integer results are cast back to float at the end so that one runner reads them.
 */
class TfjsIndexOpsTest {

    @Test
    void floorDivAndFloorModOnIntegersRoundTowardMinusInfinity() throws Exception {
        // ⌊7/3⌋ = 2, ⌊−7/3⌋ = −3 (truncation would give −2); 7 mod 3 = 1, −7 mod 3 = 2
        TinyGraph g = ints(new TinyGraph().input("x", 1, 2)).ints("three", new long[0], 3)
                .node("q", "FloorDiv", List.of("xi", "three")).node("r", "FloorMod", List.of("xi", "three"))
                .node("qf", "Cast", List.of("q"), "DstT", type("DT_FLOAT")).node("rf", "Cast", List.of("r"), "DstT", type("DT_FLOAT"));
        assertThat(run(g, "qf", new float[] {7, -7}, 1, 2)).containsExactly(2, -3);
        assertThat(run(g, "rf", new float[] {7, -7}, 1, 2)).containsExactly(1, 2);
    }

    @Test
    void floorDivAndFloorModOnFloats() throws Exception {
        TinyGraph g = new TinyGraph().input("x", 1, 2).constant("two", new long[0], 2)
                .node("q", "FloorDiv", List.of("x", "two")).node("r", "FloorMod", List.of("x", "two"));
        // ⌊5/2⌋ = 2, ⌊−5/2⌋ = −3; 5 − 2·2 = 1, −5 − 2·(−3) = 1
        assertThat(run(g, "q", new float[] {5, -5}, 1, 2)).containsExactly(2, -3);
        assertThat(run(g, "r", new float[] {5, -5}, 1, 2)).containsExactly(1, 1);
    }

    @Test
    void equalThenCastMarksEqualElements() throws Exception {
        TinyGraph g = new TinyGraph().input("x", 1, 3).constant("c", new long[] {3}, 1, 5, 3)
                .node("e", "Equal", List.of("x", "c")).node("f", "Cast", List.of("e"), "DstT", type("DT_FLOAT"));
        assertThat(run(g, "f", new float[] {1, 2, 3}, 1, 3)).containsExactly(1, 0, 1);
    }

    @Test
    void topKGivesSortedValuesAndInt32IndicesLowerIndexFirstOnTies() throws Exception {
        TinyGraph g = new TinyGraph().input("x", 1, 5).ints("k", new long[0], 3)
                .node("t", "TopKV2", List.of("x", "k"), "sorted", b(true))
                .node("idx", "Cast", List.of("t:1"), "DstT", type("DT_FLOAT"));
        float[] x = {0.5f, 0.9f, 0.1f, 0.9f, 0.7f};
        assertThat(run(g, "t", x, 1, 5)).containsExactly(0.9f, 0.9f, 0.7f);
        assertThat(run(g, "idx", x, 1, 5)).containsExactly(1, 3, 4);
    }

    @Test
    void gatherPicksRowsAndExpandDimsAddsAnAxis() throws Exception {
        // params [3, 2] = [[1, 2], [3, 4], [5, 6]]; indices [2, 0] → [[5, 6], [1, 2]] → ExpandDims(−1) → [2, 2, 1]
        TinyGraph g = new TinyGraph().input("x", 3, 2).ints("idx", new long[] {2}, 2, 0).ints("axis", new long[0], 0)
                .ints("last", new long[0], -1)
                .node("g", "GatherV2", List.of("x", "idx", "axis"), "batch_dims", i(0))
                .node("e", "ExpandDims", List.of("g", "last"));
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of("e"), "t");
        assertThat(m.outputs().get(0).shape()).containsExactly(2, 2, 1);
        assertThat(OrtRun.run(m, Map.of("x", new OrtRun.Input(new float[] {1, 2, 3, 4, 5, 6}, 3, 2))).get("e"))
                .containsExactly(5, 6, 1, 2);
    }

    @Test
    void stridedSliceWithBeginAndEndMasksTakesOneColumn() throws Exception {
        // x [1, 2, 4]; begin (0, 0, 1), end (0, 0, 2), strides 1, begin_mask = end_mask = 0b011: x[:, :, 1:2]
        TinyGraph g = new TinyGraph().input("x", 1, 2, 4).ints("b", new long[] {3}, 0, 0, 1).ints("e", new long[] {3}, 0, 0, 2)
                .ints("s", new long[] {3}, 1, 1, 1)
                .node("y", "StridedSlice", List.of("x", "b", "e", "s"), "begin_mask", i(3), "end_mask", i(3),
                        "shrink_axis_mask", i(0), "ellipsis_mask", i(0), "new_axis_mask", i(0));
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of("y"), "t");
        assertThat(m.outputs().get(0).shape()).containsExactly(1, 2, 1);
        assertThat(OrtRun.run(m, Map.of("x", new OrtRun.Input(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 1, 2, 4))).get("y"))
                .containsExactly(1, 5);
    }

    @Test
    void stridedSliceShrinksAxesAndStepsBackwards() throws Exception {
        // x [2, 4]; row 1 (shrunk), columns 3 down to 0 in steps of −2 → x[1, 3::-2] = (7, 5)
        TinyGraph g = new TinyGraph().input("x", 2, 4).ints("b", new long[] {2}, 1, 3).ints("e", new long[] {2}, 2, 0)
                .ints("s", new long[] {2}, 1, -2)
                .node("y", "StridedSlice", List.of("x", "b", "e", "s"), "begin_mask", i(0), "end_mask", i(2),
                        "shrink_axis_mask", i(1));
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of("y"), "t");
        assertThat(m.outputs().get(0).shape()).containsExactly(2);
        assertThat(OrtRun.run(m, Map.of("x", new OrtRun.Input(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 2, 4))).get("y"))
                .containsExactly(7, 5);
    }

    /** Adds "xi" = Cast(x → int32). */
    private static TinyGraph ints(TinyGraph g) {
        return g.node("xi", "Cast", List.of("x"), "DstT", type("DT_INT32"));
    }

    private static float[] run(TinyGraph g, String output, float[] x, long... shape) throws TfjsConversionException, OrtException {
        OnnxModel m = TfjsToOnnx.convert(g.build(), List.of(output), "tiny");
        return OrtRun.run(m, Map.of("x", new OrtRun.Input(x, shape))).get(output);
    }
}
