package org.spatiallift.engine.onnx;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complete ONNX model ({@code ModelProto} with its {@code GraphProto}), built by {@link OnnxGraphBuilder} and
 * serialised by {@link OnnxWriter}. Nodes are in topological order; {@code metadata} becomes
 * {@code metadata_props}, sorted by key so that the bytes are deterministic.
 */
public record OnnxModel(String graphName, long irVersion, long opsetVersion, String producerName, String producerVersion,
        List<OnnxNode> nodes, List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<OnnxTensor> initializers,
        Map<String, String> metadata) {

    public OnnxModel {
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        initializers = List.copyOf(initializers);
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }
}
