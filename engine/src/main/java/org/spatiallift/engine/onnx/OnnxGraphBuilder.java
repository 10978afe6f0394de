package org.spatiallift.engine.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an ONNX graph node by node: declare inputs, add initializers and nodes in topological order, declare
 * outputs, then {@link #build()}. Every value name must be produced once (by an input, an initializer or a node);
 * {@link #fresh(String)} makes unique names for intermediate values. Not thread-safe.
 *
 * <pre>{@code
 * OnnxGraphBuilder b = new OnnxGraphBuilder("tiny", 17);
 * b.input("x", OnnxDataType.FLOAT, 1, 3, 4, 4);
 * String y = b.op("Relu", List.of("x"));
 * b.output(y, OnnxDataType.FLOAT, 1, 3, 4, 4);
 * byte[] bytes = OnnxWriter.toBytes(b.build());
 * }</pre>
 */
public final class OnnxGraphBuilder {

    /** IR version 8 (ONNX 1.10+): understood by every ONNX Runtime since 1.10. */
    public static final long IR_VERSION = 8;

    private final String graphName;
    private final long opset;
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final List<OnnxValueInfo> inputs = new ArrayList<>();
    private final List<OnnxValueInfo> outputs = new ArrayList<>();
    private final Map<String, OnnxTensor> initializers = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private String producerName = "SpatialLift";
    private String producerVersion = "";

    /** A graph for the default ONNX domain at opset {@code opset}. */
    public OnnxGraphBuilder(String graphName, long opset) {
        this.graphName = graphName;
        this.opset = opset;
    }

    public OnnxGraphBuilder producer(String name, String version) {
        this.producerName = name;
        this.producerVersion = version;
        return this;
    }

    public OnnxGraphBuilder metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Declares a graph input; a negative dimension is unknown (a named dynamic dimension). */
    public String input(String name, OnnxDataType type, long... shape) {
        define(name);
        inputs.add(new OnnxValueInfo(name, type, shape));
        return name;
    }

    /** Declares an existing value as a graph output. */
    public OnnxGraphBuilder output(String name, OnnxDataType type, long... shape) {
        if (!defined.contains(name)) {
            throw new IllegalArgumentException("output " + name + " is not produced by the graph");
        }
        outputs.add(new OnnxValueInfo(name, type, shape));
        return this;
    }

    /** Adds a constant tensor under its own name and returns the name. */
    public String initializer(OnnxTensor tensor) {
        define(tensor.name());
        initializers.put(tensor.name(), tensor);
        return tensor.name();
    }

    /** Adds a node with the given outputs. */
    public OnnxGraphBuilder node(String opType, List<String> nodeInputs, List<String> nodeOutputs, OnnxAttribute... attributes) {
        for (String in : nodeInputs) {
            if (!in.isEmpty() && !defined.contains(in)) {
                throw new IllegalArgumentException(opType + ": input " + in + " is not defined yet (add nodes in topological order)");
            }
        }
        nodeOutputs.forEach(this::define);
        nodes.add(new OnnxNode(opType, fresh(opType), nodeInputs, nodeOutputs, Arrays.asList(attributes)));
        return this;
    }

    /** Adds a node with one fresh output and returns the output's name. */
    public String op(String opType, List<String> nodeInputs, OnnxAttribute... attributes) {
        String out = fresh(opType + "_out");
        node(opType, nodeInputs, List.of(out), attributes);
        return out;
    }

    /** A name not used before in this graph, built from {@code hint}. */
    public String fresh(String hint) {
        String base = hint.replaceAll("[^A-Za-z0-9_./:-]", "_");
        String name;
        do {
            int n = counters.merge(base, 1, Integer::sum);
            name = base + "_" + n;
        } while (defined.contains(name));
        return name;
    }

    /** True if a value of this name exists (input, initializer or node output). */
    public boolean isDefined(String name) {
        return defined.contains(name);
    }

    public OnnxModel build() {
        if (outputs.isEmpty()) {
            throw new IllegalStateException("graph " + graphName + " has no outputs");
        }
        return new OnnxModel(graphName, IR_VERSION, opset, producerName, producerVersion, nodes, inputs, outputs,
                new ArrayList<>(initializers.values()), metadata);
    }

    private void define(String name) {
        if (name.isEmpty() || !defined.add(name)) {
            throw new IllegalArgumentException("value name \"" + name + "\" is empty or already defined");
        }
    }
}
