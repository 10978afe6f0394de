package org.spatiallift.engine.vlm;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A function offered to a model ({@code tools[i]} with {@code type: function}).
 *
 * @param name        the function's name
 * @param description what it returns, for the model
 * @param parameters  its arguments as a JSON Schema object
 */
public record ToolSpec(String name, String description, ObjectNode parameters) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = parameters.deepCopy();
    }

    @Override
    public ObjectNode parameters() {
        return parameters.deepCopy();
    }
}
