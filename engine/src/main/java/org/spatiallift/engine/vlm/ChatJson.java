package org.spatiallift.engine.vlm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAI chat completions wire format: the request body ({@code model}, {@code messages} with text and
 * {@code image_url} data URL parts, {@code temperature: 0}, {@code max_tokens}, {@code tools}) and the first choice
 * of an answer.
 */
final class ChatJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ChatJson() {
    }

    /** The request body for {@code request} to {@code model}. */
    static byte[] body(String model, int maxTokens, ChatRequest request) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.add(message(m));
        }
        root.put("temperature", 0);
        root.put("max_tokens", maxTokens);
        root.put("stream", false);
        if (!request.tools().isEmpty()) {
            ArrayNode tools = root.putArray("tools");
            for (ToolSpec t : request.tools()) {
                ObjectNode fn = tools.addObject().put("type", "function").putObject("function");
                fn.put("name", t.name()).put("description", t.description()).set("parameters", t.parameters());
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static ObjectNode message(ChatMessage m) {
        ObjectNode n = MAPPER.createObjectNode().put("role", m.role());
        if (m.images().isEmpty()) {
            if (m.text() == null) {
                n.putNull("content");
            } else {
                n.put("content", m.text());
            }
        } else {
            ArrayNode parts = n.putArray("content");
            if (m.text() != null) {
                parts.addObject().put("type", "text").put("text", m.text());
            }
            for (ImagePayload image : m.images()) {
                parts.addObject().put("type", "image_url").putObject("image_url").put("url", image.dataUrl());
            }
        }
        if (!m.toolCalls().isEmpty()) {
            ArrayNode calls = n.putArray("tool_calls");
            for (ToolCall c : m.toolCalls()) {
                calls.addObject().put("id", c.id()).put("type", "function").putObject("function")
                        .put("name", c.name()).put("arguments", c.arguments());
            }
        }
        if (m.toolCallId() != null) {
            n.put("tool_call_id", m.toolCallId());
        }
        return n;
    }

    /** The body as a JSON tree, or null when it is not JSON. */
    static JsonNode tree(byte[] body) {
        try {
            return body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The first choice of a chat completion {@code root}, or null when there is no {@code choices} array with a message
     * (LM Studio answers a non-vision model's image request so).
     */
    static ChatReply reply(JsonNode root) {
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty() || !choices.get(0).path("message").isObject()) {
            return null;
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        List<ToolCall> calls = new ArrayList<>();
        JsonNode tc = message.path("tool_calls");
        if (tc.isArray()) {
            for (int i = 0; i < tc.size(); i++) {
                JsonNode c = tc.get(i);
                JsonNode fn = c.path("function");
                JsonNode args = fn.path("arguments");
                String arguments = args.isTextual() ? args.asText() : args.isMissingNode() || args.isNull() ? ""
                        : args.toString();
                calls.add(new ToolCall(c.path("id").isTextual() ? c.path("id").asText() : "call_" + i,
                        fn.path("name").asText(""), arguments));
            }
        }
        return new ChatReply(content(message.path("content")), calls, text(choice.path("finish_reason")),
                text(root.path("model")));
    }

    /** Message content as text: a string, or the text parts of an array joined. */
    private static String content(JsonNode c) {
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : c) {
                if (part.path("text").isTextual()) {
                    sb.append(part.path("text").asText());
                }
            }
            return sb.toString();
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
