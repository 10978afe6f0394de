package org.spatiallift.engine.vlm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An error body in any of the shapes the OpenAI-compatible servers send: OpenAI's {@code {"error": {"message",
 * "type", "param", "code"}}} (Ollama, newer vLLM, llama.cpp), older vLLM's top-level {@code {"object": "error",
 * "message", …}}, LM Studio's {@code {"error": "text"}}, FastAPI's {@code {"detail": …}}, or plain text.
 *
 * @param message the server's message (the body's start when it is not JSON), never null
 * @param type    the error type ("invalid_request_error", "server_error"), or null
 * @param code    the error code as text, or null
 * @param param   the parameter at fault, or null
 */
record ServerError(String message, String type, String code, String param) {

    private static final int MAX_TEXT = 300;

    /** The error in {@code root} (the parsed body), or null when the body holds none. */
    static ServerError in(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            return of(error);
        }
        if (error != null && error.isTextual()) {
            return new ServerError(error.asText(), null, null, null);
        }
        if ("error".equals(root.path("object").asText(null))) {
            return of(root);
        }
        JsonNode detail = root.get("detail");
        if (detail != null && !detail.isNull()) {
            return new ServerError(detail.isTextual() ? detail.asText() : clip(detail.toString()), null, null, null);
        }
        return null;
    }

    /** The error of a body that is not a chat completion: its error object, else its text clipped. */
    static ServerError of(byte[] body, JsonNode root) {
        ServerError e = in(root);
        if (e != null) {
            return e;
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        return new ServerError(text.isEmpty() ? "(empty body)" : clip(text), null, null, null);
    }

    private static ServerError of(JsonNode n) {
        JsonNode code = n.get("code");
        return new ServerError(n.path("message").asText("(no message)"), text(n.get("type")),
                code == null || code.isNull() ? null : code.asText(), text(n.get("param")));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX_TEXT ? one : one.substring(0, MAX_TEXT) + "…";
    }
}
