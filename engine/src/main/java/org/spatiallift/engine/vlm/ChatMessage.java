package org.spatiallift.engine.vlm;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One message of a chat: a role, text, images (user messages), the function calls a model asked for (assistant
 * messages) or the call a result answers (tool messages).
 *
 * @param role       {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param text       the text, or null (an assistant message with only tool calls)
 * @param images     images sent with the text (user messages only)
 * @param toolCalls  calls the model asked for (assistant messages only)
 * @param toolCallId the call a tool message answers, else null
 */
public record ChatMessage(String role, String text, List<ImagePayload> images, List<ToolCall> toolCalls,
                          String toolCallId) {

    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "tool");

    public ChatMessage {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("chat role must be one of " + ROLES + ", got " + role);
        }
        images = List.copyOf(images);
        toolCalls = List.copyOf(toolCalls);
        if (!images.isEmpty() && !role.equals("user")) {
            throw new IllegalArgumentException("only user messages carry images, not " + role);
        }
        if (role.equals("tool")) {
            Objects.requireNonNull(toolCallId, "a tool message needs the id of the call it answers");
        }
    }

    public static ChatMessage system(String text) {
        return new ChatMessage("system", text, List.of(), List.of(), null);
    }

    public static ChatMessage user(String text, ImagePayload... images) {
        return new ChatMessage("user", text, List.of(images), List.of(), null);
    }

    public static ChatMessage assistant(String text, List<ToolCall> calls) {
        return new ChatMessage("assistant", text, List.of(), calls, null);
    }

    public static ChatMessage tool(String callId, String result) {
        return new ChatMessage("tool", result, List.of(), List.of(), callId);
    }
}
