package org.spatiallift.engine.vlm;

import java.util.List;

/**
 * A model's answer: the first choice's message.
 *
 * @param text         the answer text, or null when the model only called functions
 * @param toolCalls    the functions it asked to call; empty for none
 * @param finishReason why it stopped ({@code stop}, {@code length}, {@code tool_calls}), or null
 * @param model        the model the server says answered, or null
 */
public record ChatReply(String text, List<ToolCall> toolCalls, String finishReason, String model) {

    public ChatReply {
        toolCalls = List.copyOf(toolCalls);
    }
}
