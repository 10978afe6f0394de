package org.spatiallift.engine.vlm;

import java.util.Objects;

/**
 * A function call a model asked for ({@code tool_calls[i]} of an assistant message).
 *
 * @param id        the call's id, echoed in the tool message that answers it
 * @param name      the function's name as the model wrote it (not trusted: checked against the tools offered)
 * @param arguments the arguments as the model wrote them, a JSON object in text (not trusted: parsed and checked)
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        arguments = arguments == null ? "" : arguments;
    }
}
