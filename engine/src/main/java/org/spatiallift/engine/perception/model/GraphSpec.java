package org.spatiallift.engine.perception.model;

import java.util.List;

/**
 * One runnable graph of a model: a part name ("main" for one-graph models; e.g. "image_encoder" and
 * "prompt_decoder" for a segmenter, "vision" and "text" for CLIP, "encoder" and "decoder" for a captioner), the file
 * the runtime loads, and its inputs and outputs.
 */
public record GraphSpec(String part, String file, List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public GraphSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The input of this name, or null. */
    public TensorSpec input(String name) {
        return inputs.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The output of this name, or null. */
    public TensorSpec output(String name) {
        return outputs.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
