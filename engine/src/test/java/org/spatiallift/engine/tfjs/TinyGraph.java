package org.spatiallift.engine.tfjs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds small TF.js graphs in memory, attributes in the JSON form model.json uses (test helper). */
final class TinyGraph {

    private static final ObjectMapper M = new ObjectMapper();

    private final List<TfjsNode> nodes = new ArrayList<>();
    private final Map<String, TfjsWeight> weights = new LinkedHashMap<>();
    private final Map<String, long[]> inputs = new LinkedHashMap<>();

    TinyGraph input(String name, long... shape) {
        inputs.put(name, shape);
        nodes.add(new TfjsNode(name, "Placeholder", List.of(), Map.of("dtype", M.createObjectNode().put("type", "DT_FLOAT"))));
        return this;
    }

    TinyGraph constant(String name, long[] shape, float... values) {
        weights.put(name, TfjsWeight.ofFloats(name, shape, values));
        nodes.add(new TfjsNode(name, "Const", List.of(), Map.of()));
        return this;
    }

    TinyGraph ints(String name, long[] shape, int... values) {
        weights.put(name, TfjsWeight.ofInts(name, shape, values));
        nodes.add(new TfjsNode(name, "Const", List.of(), Map.of()));
        return this;
    }

    TinyGraph node(String name, String op, List<String> in, Object... attrs) {
        Map<String, JsonNode> a = new LinkedHashMap<>();
        for (int i = 0; i < attrs.length; i += 2) {
            a.put((String) attrs[i], (JsonNode) attrs[i + 1]);
        }
        nodes.add(new TfjsNode(name, op, in, a));
        return this;
    }

    TfjsGraph build() {
        return new TfjsGraph(nodes, weights, inputs, List.of());
    }

    static JsonNode s(String value) {
        return M.createObjectNode().put("s", Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode b(boolean value) {
        return M.createObjectNode().put("b", value);
    }

    static JsonNode list(long... values) {
        ObjectNode o = M.createObjectNode();
        ArrayNode i = o.putObject("list").putArray("i");
        for (long v : values) {
            i.add(Long.toString(v));
        }
        return o;
    }

    static JsonNode strings(String... values) {
        ObjectNode o = M.createObjectNode();
        ArrayNode s = o.putObject("list").putArray("s");
        for (String v : values) {
            s.add(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)));
        }
        return o;
    }

    static JsonNode type(String dtype) {
        return M.createObjectNode().put("type", dtype);
    }

    static JsonNode i(long value) {
        return M.createObjectNode().put("i", Long.toString(value));
    }
}
