package org.spatiallift.engine.tfjs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TF.js graph model in memory: its nodes (in file order), the decoded constants by name, and the signature's
 * input shapes and output names.
 */
public record TfjsGraph(List<TfjsNode> nodes, Map<String, TfjsWeight> weights, Map<String, long[]> inputShapes,
        List<String> signatureOutputs) {

    public TfjsGraph {
        nodes = List.copyOf(nodes);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        inputShapes = Collections.unmodifiableMap(new LinkedHashMap<>(inputShapes));
        signatureOutputs = List.copyOf(signatureOutputs);
    }

    /** The node of this name, or an IllegalArgumentException naming it. */
    public TfjsNode node(String name) {
        for (TfjsNode n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("the graph has no node " + name);
    }
}
