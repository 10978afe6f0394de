package org.spatiallift.engine.vlm;

import java.util.List;

/**
 * What to send to chat completions besides the model, temperature (always 0) and max_tokens (from the settings).
 *
 * @param messages the conversation so far, oldest first
 * @param tools    functions the model may call; empty for none
 */
public record ChatRequest(List<ChatMessage> messages, List<ToolSpec> tools) {

    public ChatRequest {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
    }

    /** One user message with {@code text} and {@code images}, no tools. */
    public static ChatRequest of(String text, ImagePayload... images) {
        return new ChatRequest(List.of(ChatMessage.user(text, images)), List.of());
    }

    /** True when some message carries an image. */
    public boolean hasImages() {
        return messages.stream().anyMatch(m -> !m.images().isEmpty());
    }
}
