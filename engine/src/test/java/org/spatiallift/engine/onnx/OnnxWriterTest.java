package org.spatiallift.engine.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtException;

/** The protobuf encoder and the ONNX writer, checked byte by byte and by ONNX Runtime loading what they write. */
class OnnxWriterTest {

    @Test
    void varintsFollowTheWireFormat() {
        // field 1, varint 300 → key 0x08, then 0xAC 0x02
        assertThat(new ProtoWriter().varint(1, 300).toByteArray()).containsExactly(0x08, 0xAC, 0x02);
        // negative int64 takes ten bytes
        assertThat(new ProtoWriter().varint(1, -1).toByteArray()).hasSize(11);
        // field 2 string "hi": key (2 << 3) | 2 = 0x12, length 2
        assertThat(new ProtoWriter().string(2, "hi").toByteArray()).containsExactly(0x12, 0x02, 'h', 'i');
        // float 1.0 little-endian, wire type 5
        assertThat(new ProtoWriter().float32(2, 1f).toByteArray()).containsExactly(0x15, 0x00, 0x00, 0x80, 0x3F);
        // packed int64 [1, 2, 3] in field 8
        assertThat(new ProtoWriter().packedVarints(8, new long[] {1, 2, 3}).toByteArray()).containsExactly(0x42, 0x03, 1, 2, 3);
    }

    @Test
    void builtGraphRunsOnOnnxRuntime() throws OrtException {
        // y = Relu(x + b) with b = [−1, 0, 1] broadcast over rows; z = x·2 via an attribute-free Mul
        OnnxGraphBuilder g = new OnnxGraphBuilder("tiny", 17);
        g.input("x", OnnxDataType.FLOAT, 2, 3);
        String b = g.initializer(OnnxTensor.floats("b", new long[] {3}, -1f, 0f, 1f));
        String two = g.initializer(OnnxTensor.floatScalar("two", 2f));
        String sum = g.op("Add", List.of("x", b));
        g.node("Relu", List.of(sum), List.of("y"));
        g.node("Mul", List.of("x", two), List.of("z"));
        g.output("y", OnnxDataType.FLOAT, 2, 3).output("z", OnnxDataType.FLOAT, 2, 3);

        Map<String, float[]> out = OrtRun.run(g.build(), Map.of("x", new OrtRun.Input(new float[] {0, 0, 0, 1, -2, 3}, 2, 3)));

        assertThat(out.get("y")).containsExactly(0, 0, 1, 0, 0, 4);
        assertThat(out.get("z")).containsExactly(0, 0, 0, 2, -4, 6);
    }

    @Test
    void attributesOfEveryKindReachTheRuntime() throws OrtException {
        // Transpose (ints), Clip via inputs, Concat (int), Resize (strings), Constant (tensor)
        OnnxGraphBuilder g = new OnnxGraphBuilder("attrs", 17);
        g.input("x", OnnxDataType.FLOAT, 1, 2, 1, 1);
        String c = g.op("Constant", List.of(), OnnxAttribute.of("value", OnnxTensor.floats("c", new long[] {1, 2, 1, 1}, 5, 6)));
        String cat = g.op("Concat", List.of("x", c), OnnxAttribute.of("axis", 1L));
        String t = g.op("Transpose", List.of(cat), OnnxAttribute.ints("perm", 0, 2, 3, 1));
        String sizes = g.initializer(OnnxTensor.int64Vector("sizes", 1, 1, 2, 4));
        String up = g.op("Resize", List.of(t, "", "", sizes), OnnxAttribute.of("mode", "nearest"));
        String lrelu = g.op("LeakyRelu", List.of(up), OnnxAttribute.of("alpha", 0.5f));
        g.node("Identity", List.of(lrelu), List.of("y"));
        g.output("y", OnnxDataType.FLOAT, 1, 1, 2, 4);

        float[] y = OrtRun.run(g.build(), Map.of("x", new OrtRun.Input(new float[] {-2, 3}, 1, 2, 1, 1))).get("y");

        // concat → [−2, 3, 5, 6] along channels, transposed to [1, 1, 1, 4], repeated to 2 rows, LeakyRelu(−2) = −1
        assertThat(y).containsExactly(-1, 3, 5, 6, -1, 3, 5, 6);
    }

    @Test
    void sameModelGivesSameBytes() {
        assertThat(OnnxWriter.toBytes(tinyModel())).isEqualTo(OnnxWriter.toBytes(tinyModel()));
    }

    @Test
    void builderRefusesUndefinedInputsAndDuplicateNames() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("bad", 17);
        g.input("x", OnnxDataType.FLOAT, 1);
        assertThatThrownBy(() -> g.op("Relu", List.of("nope"))).hasMessageContaining("nope").hasMessageContaining("topological");
        assertThatThrownBy(() -> g.input("x", OnnxDataType.FLOAT, 1)).hasMessageContaining("already defined");
        assertThatThrownBy(() -> g.output("nope", OnnxDataType.FLOAT, 1)).hasMessageContaining("not produced");
    }

    private static OnnxModel tinyModel() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("tiny", 17).metadata("b", "2").metadata("a", "1");
        g.input("x", OnnxDataType.FLOAT, -1, 3);
        g.node("Sigmoid", List.of("x"), List.of("y"));
        g.output("y", OnnxDataType.FLOAT, -1, 3);
        return g.build();
    }
}
