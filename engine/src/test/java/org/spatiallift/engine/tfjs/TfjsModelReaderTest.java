package org.spatiallift.engine.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.InputException;

/** Reading model.json + weight shards: float16, uint8-affine, float32 and int32 weights back to back. */
class TfjsModelReaderTest {

    @TempDir
    Path dir;

    @Test
    void decodesEveryWeightEncodingInManifestOrder() throws IOException, InputException {
        ByteBuffer bin = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        bin.putShort((short) 0x3C00).putShort((short) 0xC000).putShort((short) 0x3555); // float16 1, −2, ≈1/3
        bin.put((byte) 0).put((byte) 10); // uint8 q·0.5 − 1 → −1, 4
        bin.putFloat(2.5f); // float32
        bin.putInt(-7).putInt(42); // int32
        Files.write(dir.resolve("w.bin"), java.util.Arrays.copyOf(bin.array(), bin.position()));
        Files.writeString(dir.resolve("model.json"), """
            {"format": "graph-model",
             "signature": {"inputs": {"x": {"name": "x", "tensorShape": {"dim": [{"size": "1"}, {"size": "2"}]}}},
                           "outputs": {"y": {"name": "y"}}},
             "modelTopology": {"node": [
                {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"}}},
                {"name": "h", "op": "Const"},
                {"name": "y", "op": "Relu", "input": ["x", "^h"]}]},
             "weightsManifest": [{"paths": ["w.bin"], "weights": [
                {"name": "h", "shape": [3], "dtype": "float32", "quantization": {"dtype": "float16"}},
                {"name": "q", "shape": [2], "dtype": "float32", "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1}},
                {"name": "f", "shape": [], "dtype": "float32"},
                {"name": "i", "shape": [2], "dtype": "int32"}]}]}
            """);

        TfjsGraph g = TfjsModelReader.read(dir.resolve("model.json"));

        assertThat(g.weights().get("h").floats()).containsExactly(1f, -2f, Float16.toFloat(0x3555));
        assertThat(Float16.toFloat(0x3555)).isEqualTo(0.33325195f);
        assertThat(g.weights().get("q").floats()).containsExactly(-1f, 4f);
        assertThat(g.weights().get("f").floats()).containsExactly(2.5f);
        assertThat(g.weights().get("i").ints()).containsExactly(-7, 42);
        assertThat(g.inputShapes().get("x")).containsExactly(1, 2);
        assertThat(g.signatureOutputs()).containsExactly("y");
        assertThat(g.node("y").dataInputs()).containsExactly("x");
    }

    @Test
    void halfPrecisionSpecialValues() {
        assertThat(Float16.toFloat(0x0001)).isEqualTo(0x1p-24f); // smallest subnormal
        assertThat(Float16.toFloat(0x7BFF)).isEqualTo(65504f); // largest normal
        assertThat(Float16.toFloat(0xFC00)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(Float16.toFloat(0x7E00)).isNaN();
        assertThat(Float16.toFloat(0x8000)).isEqualTo(-0f);
    }

    @Test
    void truncatedShardIsAnErrorNamingTheWeight() throws IOException {
        Files.write(dir.resolve("w.bin"), new byte[2]);
        Files.writeString(dir.resolve("model.json"), """
            {"format": "graph-model", "modelTopology": {"node": []},
             "weightsManifest": [{"paths": ["w.bin"], "weights": [{"name": "big", "shape": [4], "dtype": "float32"}]}]}
            """);
        assertThatThrownBy(() -> TfjsModelReader.read(dir.resolve("model.json")))
                .isInstanceOf(InputException.class).hasMessageContaining("big").hasMessageContaining("truncated");
    }

    @Test
    void notAGraphModelIsRefused() throws IOException {
        Files.writeString(dir.resolve("model.json"), "{\"format\": \"layers-model\"}");
        assertThatThrownBy(() -> TfjsModelReader.read(dir.resolve("model.json"))).hasMessageContaining("not a TF.js graph model");
    }
}
