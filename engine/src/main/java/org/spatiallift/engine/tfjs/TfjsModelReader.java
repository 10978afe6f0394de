package org.spatiallift.engine.tfjs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.io.InputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a TF.js graph model: {@code model.json} ({@code format: "graph-model"}, {@code modelTopology.node},
 * {@code weightsManifest}) and the weight shards it names, which are read from the same folder and concatenated in
 * manifest order. Weights are stored back to back in manifest order; float32 and int32 as 4 little-endian bytes,
 * float16-quantized weights as 2-byte halves, uint8/uint16-quantized weights as q·scale + min.
 */
public final class TfjsModelReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TfjsModelReader() {
    }

    public static TfjsGraph read(Path modelJson) throws InputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(modelJson.toFile());
        } catch (IOException e) {
            throw new InputException(modelJson, "is not a readable TF.js model.json (" + e.getMessage() + ")",
                    "Fetch the model again", e);
        }
        if (!"graph-model".equals(root.path("format").asText()) || !root.path("modelTopology").has("node")) {
            throw new InputException(modelJson, "is not a TF.js graph model (no format \"graph-model\" with modelTopology.node)",
                    "Give the model.json of a TF.js graph model");
        }
        List<TfjsNode> nodes = nodes(root.path("modelTopology").path("node"));
        Map<String, TfjsWeight> weights = new LinkedHashMap<>();
        for (JsonNode group : root.path("weightsManifest")) {
            byte[] data = shards(modelJson, group.path("paths"));
            decodeGroup(modelJson, group.path("weights"), ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN), weights);
        }
        Map<String, long[]> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("signature").path("inputs").properties()) {
            JsonNode dims = e.getValue().path("tensorShape").path("dim");
            long[] shape = new long[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = Long.parseLong(dims.get(i).path("size").asText("-1"));
            }
            inputs.put(e.getValue().path("name").asText(e.getKey()), shape);
        }
        List<String> outputs = new ArrayList<>();
        root.path("signature").path("outputs").properties().forEach(e -> outputs.add(e.getValue().path("name").asText(e.getKey())));
        return new TfjsGraph(nodes, weights, inputs, outputs);
    }

    private static List<TfjsNode> nodes(JsonNode array) {
        List<TfjsNode> nodes = new ArrayList<>();
        for (JsonNode n : array) {
            List<String> inputs = new ArrayList<>();
            n.path("input").forEach(i -> inputs.add(i.asText()));
            Map<String, JsonNode> attrs = new LinkedHashMap<>();
            n.path("attr").properties().forEach(e -> attrs.put(e.getKey(), e.getValue()));
            nodes.add(new TfjsNode(n.path("name").asText(), n.path("op").asText(), inputs, attrs));
        }
        return nodes;
    }

    private static byte[] shards(Path modelJson, JsonNode paths) throws InputException {
        List<byte[]> parts = new ArrayList<>();
        int total = 0;
        for (JsonNode p : paths) {
            Path shard = modelJson.resolveSibling(p.asText());
            try {
                byte[] b = Files.readAllBytes(shard);
                parts.add(b);
                total += b.length;
            } catch (IOException e) {
                throw new InputException(shard, "weight shard cannot be read (" + e.getMessage() + ")",
                        "Keep the .bin files next to " + modelJson.getFileName() + ", or fetch the model again", e);
            }
        }
        ByteBuffer all = ByteBuffer.allocate(total);
        parts.forEach(all::put);
        return all.array();
    }

    private static void decodeGroup(Path modelJson, JsonNode specs, ByteBuffer buf, Map<String, TfjsWeight> out)
            throws InputException {
        for (JsonNode w : specs) {
            String name = w.path("name").asText();
            long[] shape = new long[w.path("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = w.path("shape").get(i).asLong();
            }
            int n = Math.toIntExact(TfjsWeight.elementCount(shape));
            String dtype = w.path("dtype").asText();
            JsonNode q = w.get("quantization");
            try {
                if (q != null) {
                    out.put(name, TfjsWeight.ofFloats(name, shape, dequantize(name, q, buf, n)));
                } else if ("float32".equals(dtype)) {
                    float[] v = new float[n];
                    buf.asFloatBuffer().get(v);
                    buf.position(buf.position() + 4 * n);
                    out.put(name, TfjsWeight.ofFloats(name, shape, v));
                } else if ("int32".equals(dtype)) {
                    int[] v = new int[n];
                    buf.asIntBuffer().get(v);
                    buf.position(buf.position() + 4 * n);
                    out.put(name, TfjsWeight.ofInts(name, shape, v));
                } else {
                    throw new InputException(modelJson, "weight " + name + " has dtype " + dtype + ", which SpatialLift does not read",
                            "Use a model with float32 or int32 weights");
                }
            } catch (java.nio.BufferUnderflowException e) {
                throw new InputException(modelJson, "weight shards end before weight " + name,
                        "The .bin file is truncated: fetch the model again", e);
            }
        }
    }

    private static float[] dequantize(String name, JsonNode q, ByteBuffer buf, int n) {
        String qtype = q.path("dtype").asText();
        float[] v = new float[n];
        switch (qtype) {
            case "float16" -> {
                for (int i = 0; i < n; i++) {
                    v[i] = Float16.toFloat(buf.getShort() & 0xFFFF);
                }
            }
            case "uint8", "uint16" -> {
                float scale = (float) q.path("scale").asDouble();
                float min = (float) q.path("min").asDouble();
                for (int i = 0; i < n; i++) {
                    int raw = "uint8".equals(qtype) ? buf.get() & 0xFF : buf.getShort() & 0xFFFF;
                    v[i] = raw * scale + min;
                }
            }
            default -> throw new IllegalArgumentException("weight " + name + ": unknown quantization " + qtype);
        }
        return v;
    }
}
