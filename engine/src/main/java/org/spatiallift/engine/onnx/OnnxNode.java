package org.spatiallift.engine.onnx;

import java.util.List;

/** One operator application ({@code NodeProto}): inputs and outputs are value names; "" marks an omitted optional input. */
public record OnnxNode(String opType, String name, List<String> inputs, List<String> outputs, List<OnnxAttribute> attributes) {

    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = List.copyOf(attributes);
    }
}
