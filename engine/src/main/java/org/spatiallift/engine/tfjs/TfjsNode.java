package org.spatiallift.engine.tfjs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One node of a TF.js graph model's {@code modelTopology} (a TensorFlow {@code NodeDef} in JSON): name, op, inputs
 * ({@code "name"} or {@code "name:k"} for output k; {@code "^name"} marks a control dependency) and attributes as in
 * the JSON form of {@code AttrValue} (strings base64-encoded, int64 as decimal strings).
 */
public record TfjsNode(String name, String op, List<String> inputs, Map<String, JsonNode> attrs) {

    public TfjsNode {
        inputs = List.copyOf(inputs);
        attrs = Map.copyOf(attrs);
    }

    /** The data inputs (control dependencies dropped). */
    public List<String> dataInputs() {
        return inputs.stream().filter(i -> !i.startsWith("^")).toList();
    }

    public boolean has(String attr) {
        return attrs.containsKey(attr);
    }

    /** A string attribute ({@code s}, base64 in the JSON), or {@code fallback} when absent. */
    public String string(String attr, String fallback) {
        JsonNode a = attrs.get(attr);
        if (a == null || !a.has("s")) {
            return fallback;
        }
        return new String(Base64.getDecoder().decode(a.get("s").asText()), StandardCharsets.UTF_8);
    }

    /** A bool attribute ({@code b}), or {@code fallback}. */
    public boolean bool(String attr, boolean fallback) {
        JsonNode a = attrs.get(attr);
        return a == null || !a.has("b") ? fallback : a.get("b").asBoolean();
    }

    /** An int attribute ({@code i}, a decimal string), or {@code fallback}. */
    public long integer(String attr, long fallback) {
        JsonNode a = attrs.get(attr);
        return a == null || !a.has("i") ? fallback : Long.parseLong(a.get("i").asText());
    }

    /** A float attribute ({@code f}), or {@code fallback}. */
    public float floatValue(String attr, float fallback) {
        JsonNode a = attrs.get(attr);
        return a == null || !a.has("f") ? fallback : (float) a.get("f").asDouble();
    }

    /** A list-of-ints attribute ({@code list.i}); empty when absent. */
    public long[] ints(String attr) {
        JsonNode a = attrs.get(attr);
        if (a == null || !a.path("list").has("i")) {
            return new long[0];
        }
        JsonNode list = a.path("list").path("i");
        long[] v = new long[list.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = Long.parseLong(list.get(k).asText());
        }
        return v;
    }

    /** A list-of-strings attribute ({@code list.s}, base64 each); empty when absent. */
    public List<String> strings(String attr) {
        JsonNode a = attrs.get(attr);
        List<String> v = new ArrayList<>();
        if (a != null) {
            for (JsonNode s : a.path("list").path("s")) {
                v.add(new String(Base64.getDecoder().decode(s.asText()), StandardCharsets.UTF_8));
            }
        }
        return v;
    }
}
