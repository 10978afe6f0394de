package org.spatiallift.engine.perception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxGraphBuilder;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OnnxTensor;
import org.spatiallift.engine.onnx.OnnxWriter;
import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.InstallResult;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.text.ByteUnicode;

/**
 * Small stand-in ONNX models with exactly the signature of the real ones (names, ranks, fixed sizes), written by
 * SpatialLift's own {@link OnnxGraphBuilder}, whose outputs are simple, checkable functions of the inputs.
 */
public final class StandInModels {

    private StandInModels() {
    }

    /**
     * Depth Anything V2 (metric or relative): pixel_values [1, 3, s, s] → predicted_depth [1, s, s] with
     * depth = a + b · mean_c(pixel_values_c) (ReduceMean over channels, then Mul and Add).
     */
    public static OnnxModel depth(int size, float a, float b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, size, size);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String scaled = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("b", b))));
        g.node("Add", List.of(scaled, g.initializer(OnnxTensor.floatScalar("a", a))), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, size, size);
        return g.build();
    }

    /**
     * Depth Anything V2 with dynamic height and width, as the ONNX exports are: pixel_values [1, 3, -1, -1] →
     * predicted_depth [1, -1, -1] (the input's size) with depth = a + b · mean_c(pixel_values_c).
     */
    public static OnnxModel depthDynamic(float a, float b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_dynamic_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, -1, -1);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String scaled = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("b", b))));
        g.node("Add", List.of(scaled, g.initializer(OnnxTensor.floatScalar("a", a))), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, -1, -1);
        return g.build();
    }

    /**
     * A dynamic-size depth stand-in that reports the size it was fed: every output value is W + H / 1000 of its
     * pixel_values [1, 3, H, W] (Shape, Gather, Cast), output [1, H, W].
     */
    public static OnnxModel depthShapeEcho() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_shape_echo", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, -1, -1);
        String dims = g.op("Cast", List.of(g.op("Shape", List.of("pixel_values"))), OnnxAttribute.of("to", 1L));
        String h = g.op("Gather", List.of(dims, g.initializer(OnnxTensor.int64s("i2", new long[0], 2))));
        String w = g.op("Gather", List.of(dims, g.initializer(OnnxTensor.int64s("i3", new long[0], 3))));
        String code = g.op("Add", List.of(w, g.op("Mul", List.of(h, g.initializer(OnnxTensor.floatScalar("milli", 0.001f))))));
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String zero = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("zero", 0f))));
        g.node("Add", List.of(zero, code), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, -1, -1);
        return g.build();
    }

    /**
     * Metric3D v2 as exported by the ONNX Community (onnx-community/metric3d-vit-small): pixel_values [1, 3, -1, -1]
     * (RGB 0..255; the real graph normalises inside) → predicted_depth [1, -1, -1] (canonical-camera metres),
     * predicted_normal [1, 3, -1, -1] and normal_confidence [1, -1, -1], all at the input's size, with
     * depth = a + b · mean_c(pixel_values_c), normal = pixel_values · 0 and confidence = depth · 0.
     */
    public static OnnxModel metric3d(float a, float b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("metric3d_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, -1, -1);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String scaled = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("b", b))));
        g.node("Add", List.of(scaled, g.initializer(OnnxTensor.floatScalar("a", a))), List.of("predicted_depth"));
        String zero = g.initializer(OnnxTensor.floatScalar("zero", 0f));
        g.node("Mul", List.of("pixel_values", zero), List.of("predicted_normal"));
        g.node("Mul", List.of("predicted_depth", zero), List.of("normal_confidence"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, -1, -1);
        g.output("predicted_normal", OnnxDataType.FLOAT, 1, 3, -1, -1);
        g.output("normal_confidence", OnnxDataType.FLOAT, 1, -1, -1);
        return g.build();
    }

    /**
     * Depth Anything V2 metric ViT-L as exported by yuvraj108c (torch.onnx.export of DepthAnythingV2 with input_names
     * [input], output_names [output]): input [1, 3, 518, 518] → output [1, 518, 518] with
     * depth = a + b · mean_c(input_c).
     */
    public static OnnxModel depthAnythingV2Export(float a, float b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_anything_v2_export_standin", 17);
        g.input("input", OnnxDataType.FLOAT, 1, 3, 518, 518);
        String mean = g.op("ReduceMean", List.of("input"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String scaled = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("b", b))));
        g.node("Add", List.of(scaled, g.initializer(OnnxTensor.floatScalar("a", a))), List.of("output"));
        g.output("output", OnnxDataType.FLOAT, 1, 518, 518);
        return g.build();
    }

    /** The depth stand-in whose output is NaN everywhere (pixel_values · NaN). */
    public static OnnxModel depthNaN(int size) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_nan", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, size, size);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        g.node("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("nan", Float.NaN))), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, size, size);
        return g.build();
    }

    /**
     * SAM image encoder: input_image [-1, -1, 3] (HWC) → Transpose, Unsqueeze → Resize to 64 × 64 → 1×1 Conv to
     * 256 channels → image_embeddings [1, 256, 64, 64].
     */
    public static OnnxModel samEncoder() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("sam_encoder_standin", 17);
        g.input("input_image", OnnxDataType.FLOAT, -1, -1, 3);
        String chw = g.op("Transpose", List.of("input_image"), OnnxAttribute.ints("perm", 2, 0, 1));
        String nchw = g.op("Unsqueeze", List.of(chw, g.initializer(OnnxTensor.int64Vector("axis0", 0))));
        String small = g.op("Resize", List.of(nchw, "", "", g.initializer(OnnxTensor.int64Vector("sizes", 1, 3, 64, 64))),
                OnnxAttribute.of("mode", "linear"));
        float[] w = new float[256 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 3 + 1) / 768f;
        }
        g.node("Conv", List.of(small, g.initializer(OnnxTensor.floats("w", new long[] {256, 3, 1, 1}, w))),
                List.of("image_embeddings"));
        g.output("image_embeddings", OnnxDataType.FLOAT, 1, 256, 64, 64);
        return g.build();
    }

    /**
     * SAM prompt decoder with the real inputs; masks [1, 1, H, W] at orig_im_size (H, W) with logit
     * min(x − x0, x1 − x, y − y0, y1 − y) at each pixel centre mapped into the 1024 frame (x = (u + ½)·1024/max(H, W)),
     * where (x0, y0), (x1, y1) are the first two prompt points: positive exactly inside the box.
     * iou_predictions [1, 1] = 0.9.
     */
    public static OnnxModel samDecoder() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("sam_decoder_standin", 17);
        g.input("image_embeddings", OnnxDataType.FLOAT, 1, 256, 64, 64);
        g.input("point_coords", OnnxDataType.FLOAT, 1, -1, 2);
        g.input("point_labels", OnnxDataType.FLOAT, 1, -1);
        g.input("mask_input", OnnxDataType.FLOAT, 1, 1, 256, 256);
        g.input("has_mask_input", OnnxDataType.FLOAT, 1);
        g.input("orig_im_size", OnnxDataType.FLOAT, 2);
        String h = g.op("Gather", List.of("orig_im_size", g.initializer(OnnxTensor.int64s("i0", new long[0], 0))));
        String w = g.op("Gather", List.of("orig_im_size", g.initializer(OnnxTensor.int64s("i1", new long[0], 1))));
        String zero = g.initializer(OnnxTensor.floatScalar("zero", 0f));
        String one = g.initializer(OnnxTensor.floatScalar("one", 1f));
        String half = g.initializer(OnnxTensor.floatScalar("half", 0.5f));
        String scale = g.op("Div", List.of(g.initializer(OnnxTensor.floatScalar("size", 1024f)), g.op("Max", List.of(h, w))));
        String xs = g.op("Mul", List.of(g.op("Add", List.of(g.op("Range", List.of(zero, w, one)), half)), scale));
        String ys = g.op("Mul", List.of(g.op("Add", List.of(g.op("Range", List.of(zero, h, one)), half)), scale));
        String flat = g.op("Reshape", List.of("point_coords", g.initializer(OnnxTensor.int64Vector("flat", -1))));
        String[] c = new String[4];
        for (int i = 0; i < 4; i++) {
            c[i] = g.op("Gather", List.of(flat, g.initializer(OnnxTensor.int64s("c" + i, new long[0], i))));
        }
        String lx = g.op("Min", List.of(g.op("Sub", List.of(xs, c[0])), g.op("Sub", List.of(c[2], xs))));
        String ly = g.op("Min", List.of(g.op("Sub", List.of(ys, c[1])), g.op("Sub", List.of(c[3], ys))));
        String col = g.op("Unsqueeze", List.of(ly, g.initializer(OnnxTensor.int64Vector("ax1", 1))));
        String row = g.op("Unsqueeze", List.of(lx, g.initializer(OnnxTensor.int64Vector("ax0", 0))));
        String grid = g.op("Min", List.of(col, row));
        g.node("Unsqueeze", List.of(grid, g.initializer(OnnxTensor.int64Vector("ax01", 0, 1))), List.of("masks"));
        g.node("Identity", List.of(g.initializer(OnnxTensor.floats("iou", new long[] {1, 1}, 0.9f))), List.of("iou_predictions"));
        g.output("masks", OnnxDataType.FLOAT, 1, 1, -1, -1);
        g.output("iou_predictions", OnnxDataType.FLOAT, 1, 1);
        return g.build();
    }

    /** CLIP vision tower: pixel_values [1, 3, 224, 224] → channel means over H, W → MatMul with [I₃ | 0] → image_embeds [1, 512]. */
    public static OnnxModel clipVision() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("clip_vision_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, 224, 224);
        String m = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 2, 3), OnnxAttribute.of("keepdims", 0L));
        float[] w = new float[3 * 512];
        w[0] = 1;
        w[512 + 1] = 1;
        w[2 * 512 + 2] = 1;
        g.node("MatMul", List.of(m, g.initializer(OnnxTensor.floats("proj", new long[] {3, 512}, w))), List.of("image_embeds"));
        g.output("image_embeds", OnnxDataType.FLOAT, 1, 512);
        return g.build();
    }

    /**
     * CLIP text tower: input_ids [-1, -1], attention_mask [-1, -1] → Gather rows of a 16 × 512 table → mean over the
     * tokens → text_embeds [-1, 512]. Row k holds {@code rows[k]} in its first three entries (zeros elsewhere).
     */
    public static OnnxModel clipText(float[][] rows) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("clip_text_standin", 17);
        g.input("input_ids", OnnxDataType.INT64, -1, -1);
        g.input("attention_mask", OnnxDataType.INT64, -1, -1);
        float[] table = new float[16 * 512];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(rows[k], 0, table, k * 512, rows[k].length);
        }
        String e = g.op("Gather", List.of(g.initializer(OnnxTensor.floats("table", new long[] {16, 512}, table)), "input_ids"));
        g.node("ReduceMean", List.of(e), List.of("text_embeds"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        g.output("text_embeds", OnnxDataType.FLOAT, -1, 512);
        return g.build();
    }

    /**
     * CLIP text tower that pools at EOT like the real one: input_ids [-1, -1], attention_mask [-1, -1] → rows of a
     * {@code vocabSize} × 512 table gathered by id, times the mask, summed causally (CumSum over the tokens) and taken
     * at the arg-max of the ids (the first &lt;|endoftext|&gt;, the largest id) → text_embeds [-1, 512]. So the result is
     * Σ of the rows of the ids up to EOT whose mask is 1; padding after EOT changes nothing. Row k holds
     * {@code rows.get(k)} in its first entries (zeros elsewhere).
     */
    public static OnnxModel clipTextPooledAtEot(int vocabSize, Map<Integer, float[]> rows) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("clip_text_eot_standin", 17);
        g.input("input_ids", OnnxDataType.INT64, -1, -1);
        g.input("attention_mask", OnnxDataType.INT64, -1, -1);
        float[] table = new float[vocabSize * 512];
        rows.forEach((k, r) -> System.arraycopy(r, 0, table, k * 512, r.length));
        String e = g.op("Gather", List.of(g.initializer(OnnxTensor.floats("table", new long[] {vocabSize, 512}, table)), "input_ids"));
        String mask = g.op("Cast", List.of(g.op("Unsqueeze", List.of("attention_mask",
                g.initializer(OnnxTensor.int64Vector("ax2", 2))))), OnnxAttribute.of("to", 1L));
        String sums = g.op("CumSum", List.of(g.op("Mul", List.of(e, mask)), g.initializer(OnnxTensor.int64s("tok", new long[0], 1))));
        String eot = g.op("ArgMax", List.of(g.op("Cast", List.of("input_ids"), OnnxAttribute.of("to", 1L))),
                OnnxAttribute.of("axis", 1L), OnnxAttribute.of("keepdims", 0L));
        String pooled = g.op("Gather", List.of(sums, eot), OnnxAttribute.of("axis", 1L));
        g.node("Squeeze", List.of(pooled, g.initializer(OnnxTensor.int64Vector("ax1", 1))), List.of("text_embeds"));
        g.output("text_embeds", OnnxDataType.FLOAT, -1, 512);
        return g.build();
    }

    /**
     * Captioner encoder (ViT): pixel_values [1, 3, s, s] → channel means → MatMul with [I₃ | 0] → Unsqueeze →
     * last_hidden_state [1, 1, 768].
     */
    public static OnnxModel captionEncoder(int size) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("caption_encoder_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, size, size);
        String m = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 2, 3), OnnxAttribute.of("keepdims", 0L));
        float[] w = new float[3 * 768];
        w[0] = 1;
        w[768 + 1] = 1;
        w[2 * 768 + 2] = 1;
        String e = g.op("MatMul", List.of(m, g.initializer(OnnxTensor.floats("proj", new long[] {3, 768}, w))));
        g.node("Unsqueeze", List.of(e, g.initializer(OnnxTensor.int64Vector("ax1", 1))), List.of("last_hidden_state"));
        g.output("last_hidden_state", OnnxDataType.FLOAT, 1, 1, 768);
        return g.build();
    }

    /**
     * Captioner decoder (GPT-2 without past key values): input_ids [1, t], encoder_hidden_states [1, -1, 768] →
     * logits [1, t, 50257], where position p is one-hot (value {@code on}) at {@code sequence[p]}, plus 0 · the mean
     * of encoder_hidden_states. Greedy decoding from [bos] therefore writes {@code sequence} in order. With
     * {@code lastOnly} the logits cover only the last position ([1, 1, 50257]), a shape the runner must refuse.
     */
    public static OnnxModel captionDecoder(long[] sequence, float on, boolean lastOnly) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("caption_decoder_standin", 17);
        g.input("input_ids", OnnxDataType.INT64, 1, -1);
        g.input("encoder_hidden_states", OnnxDataType.FLOAT, 1, -1, 768);
        String len = g.op("Gather", List.of(g.op("Shape", List.of("input_ids")), g.initializer(OnnxTensor.int64s("i1", new long[0], 1))));
        String one = g.initializer(OnnxTensor.int64s("one", new long[0], 1));
        String from = lastOnly ? g.op("Sub", List.of(len, one)) : g.initializer(OnnxTensor.int64s("zero", new long[0], 0));
        String positions = g.op("Range", List.of(from, len, one));
        String tokens = g.op("Gather", List.of(g.initializer(OnnxTensor.int64s("sequence", new long[] {sequence.length}, sequence)),
                positions));
        String hot = g.op("OneHot", List.of(tokens, g.initializer(OnnxTensor.int64s("depth", new long[0], 50257)),
                g.initializer(OnnxTensor.floats("values", new long[] {2}, 0f, on))));
        String mean = g.op("ReduceMean", List.of("encoder_hidden_states"), OnnxAttribute.of("keepdims", 0L));
        String zero = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("nothing", 0f))));
        g.node("Unsqueeze", List.of(g.op("Add", List.of(hot, zero)), g.initializer(OnnxTensor.int64Vector("ax0", 0))),
                List.of("logits"));
        g.output("logits", OnnxDataType.FLOAT, 1, -1, 50257);
        return g.build();
    }

    /**
     * Writes a vocab.json and merges.txt shaped like CLIP's into {@code folder}: ids 0..255 are the byte-table
     * characters, 256..511 the same with "&lt;/w&gt;", then one symbol per merge — each word merged from the left,
     * "r e", "re d&lt;/w&gt;" for "red" — then &lt;|startoftext|&gt; and &lt;|endoftext|&gt; (the two largest ids).
     * Returns the vocabulary (token → id).
     */
    public static Map<String, Integer> clipTokenizerFiles(Path folder, String... words) throws IOException {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            vocab.put(String.valueOf(ByteUnicode.charOf(b)), b);
        }
        for (int b = 0; b < 256; b++) {
            vocab.put(ByteUnicode.charOf(b) + "</w>", 256 + b);
        }
        List<String> merges = new ArrayList<>();
        merges.add("#version: 0.2");
        for (String w : words) {
            String chars = ByteUnicode.encode(w);
            String left = chars.substring(0, 1);
            for (int i = 1; i < chars.length(); i++) {
                String right = chars.substring(i, i + 1) + (i == chars.length() - 1 ? "</w>" : "");
                if (vocab.putIfAbsent(left + right, vocab.size()) == null) {
                    merges.add(left + " " + right);
                }
                left = left + right;
            }
        }
        vocab.put("<|startoftext|>", vocab.size());
        vocab.put("<|endoftext|>", vocab.size());
        Files.createDirectories(folder);
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(folder.resolve("vocab.json").toFile(), vocab);
        Files.write(folder.resolve("merges.txt"), merges);
        return vocab;
    }

    /** Writes {@code model} to {@code file}. */
    public static Path write(OnnxModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OnnxWriter.write(model, file);
        return file;
    }

    /** Installs stand-in files into {@code store} the way a user installs an exported model ({@code --from}). */
    public static InstallResult install(ModelManifest m, ModelStore store, Path fileOrFolder) throws ModelException {
        return new ModelInstaller(store, true).install(m, fileOrFolder.toString(), DownloadProgress.NONE);
    }
}
